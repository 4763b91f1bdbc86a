import { definitionIssueCodes, formDefinition } from '@lexport/requests-published';
import type { FormDefinition } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { builderIssues, issueText, shapeIssueCodes, shapeIssues } from './builder-issues';

const builderTexts = (language: 'en' | 'fr') => requestsTexts[language]['builder'] as Record<string, unknown>;
const group = (language: 'en' | 'fr', name: string) => builderTexts(language)[name] as Record<string, string>;

/** Reads a key of the requests texts as transloco would, with its parameters put in. */
const translate =
  (language: 'en' | 'fr') =>
  (key: string, params: Record<string, unknown> = {}): string => {
    const path = key.replace(/^requests\./, '').split('.');
    let value: unknown = requestsTexts[language];
    for (const part of path) value = (value as Record<string, unknown>)[part];
    if (typeof value !== 'string') throw new Error(`No text for ${key}`);
    return value.replace(/{{\s*(\w+)\s*}}/g, (_match, name: string) => String(params[name]));
  };

const valid: FormDefinition = formDefinition.parse({
  sections: [
    {
      key: 'details',
      title: { en: 'Details', fr: 'Détails' },
      fields: [{ type: 'short-text', key: 'subject', label: { en: 'Subject', fr: 'Objet' }, required: true }],
    },
  ],
});

describe('the form builder’s issues', () => {
  it.each(['en', 'fr'] as const)('words in %s every issue the definition check may find', (language) => {
    const issues = group(language, 'issues');
    expect(definitionIssueCodes.filter((code) => !issues[code]?.trim())).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('words in %s every way a draft may break the schema', (language) => {
    const shape = group(language, 'shape');
    expect(shapeIssueCodes.filter((code) => !shape[code]?.trim())).toEqual([]);
  });

  it.each(['en', 'fr'] as const)('words in %s the details some issues carry', (language) => {
    expect(Object.keys(group(language, 'patternReasons')).sort()).toEqual([
      'backreference',
      'long-answers',
      'nested-quantifier',
      'syntax',
      'too-long',
      'too-many-repeats',
    ]);
    expect(Object.keys(group(language, 'expected')).sort()).toEqual(['boolean', 'number', 'string']);
  });

  it('finds nothing in a finished form', () => {
    expect(builderIssues(valid, 'subject')).toEqual([]);
  });

  it('points at an empty label and an invalid key', () => {
    const field = { ...valid.sections[0]!.fields[0]!, key: 'Subject', label: { en: '', fr: 'Objet' } };
    const draft = { sections: [{ ...valid.sections[0]!, fields: [field] }] };
    expect(shapeIssues(draft).map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/sections/0/fields/0/key', code: 'invalid-key' },
      { pointer: '/sections/0/fields/0/label/en', code: 'missing-text' },
    ]);
  });

  it('points at a duplicate key and a condition on a later field, in words', () => {
    const subject = valid.sections[0]!.fields[0]!;
    const draft: FormDefinition = {
      sections: [
        {
          ...valid.sections[0]!,
          fields: [{ ...subject, visibleWhen: { field: 'other', equals: 'x' } }, { ...subject, key: 'other' }, subject],
        },
      ],
    };
    const issues = builderIssues(draft);
    expect(issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/sections/0/fields/2/key', code: 'duplicate-key' },
      { pointer: '/sections/0/fields/0/visibleWhen/field', code: 'condition-on-later-field' },
    ]);
    expect(issues.map((issue) => issueText(issue, translate('en')))).toEqual([
      'The key “subject” is used more than once: each section and each field needs its own.',
      'It depends on “other”, which comes after it: move it below that field or choose an earlier one.',
    ]);
  });

  it('explains why a pattern cannot be used', () => {
    const text = issueText({ code: 'invalid-pattern', params: { reason: 'syntax' } }, translate('fr'));
    expect(text).toBe('Ce modèle ne peut pas être utilisé. Ce n’est pas une expression régulière valide.');
  });

  it('stops publishing when the subject field is not a short text of the draft', () => {
    expect(builderIssues(valid, 'gone').map((issue) => issue.pointer)).toEqual(['/subjectField']);
  });
});
