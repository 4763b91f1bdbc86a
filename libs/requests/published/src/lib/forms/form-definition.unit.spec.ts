import { patternAnswerMax, patternRisk, validateFormDefinition } from './definition-issues';
import { formDefinition } from './form-definition';
import type { FormDefinitionInput, FormFieldInput } from './form-definition';
import { formValidationFixture } from './form-validation-cases';

const text = (en: string) => ({ en, fr: en });
const shortText = (key: string, extra: Partial<FormFieldInput> = {}) =>
  ({ type: 'short-text', key, label: text(key), required: false, ...extra }) as FormFieldInput;
const select = (key: string, values: string[], extra: Partial<FormFieldInput> = {}) =>
  ({
    type: 'single-select',
    key,
    label: text(key),
    required: false,
    options: values.map((value) => ({ value, label: text(value) })),
    ...extra,
  }) as FormFieldInput;
const formOf = (...fields: FormFieldInput[]): FormDefinitionInput => ({
  sections: [{ key: 'main', title: text('Main'), fields }],
});
const issuesOf = (form: FormDefinitionInput) =>
  validateFormDefinition(formDefinition.parse(form)).map(({ pointer, code }) => ({ pointer, code }));

describe('the shape of a form definition', () => {
  it('fills in the default limits', () => {
    const form = formDefinition.parse(
      formOf(shortText('subject'), { type: 'file', key: 'documents', label: text('Documents'), required: false }),
    );
    expect(form.sections[0]?.fields).toMatchObject([{ maxLength: 200 }, { maxFiles: 5 }]);
  });

  it.each([
    ['no section', { sections: [] }],
    ['a key with a dash', formOf(shortText('first-name'))],
    ['a key starting with a capital', formOf(shortText('Subject'))],
    ['an unknown field type', formOf({ ...shortText('subject'), type: 'signature' } as unknown as FormFieldInput)],
    ['an unknown property', formOf({ ...shortText('subject'), colour: 'red' } as unknown as FormFieldInput)],
    ['a label with a bidirectional override', formOf(shortText('subject', { label: text('Sub\u202Eject') }))],
    ['a label missing its French', formOf(shortText('subject', { label: { en: 'Subject' } as never }))],
    ['a short text allowed more than 1000 characters', formOf(shortText('subject', { maxLength: 1001 }))],
    ['an option value with capitals', formOf(select('area', ['Employment']))],
    [
      'money in no currency',
      formOf({ type: 'money', key: 'fee', label: text('Fee'), required: false, currencies: [] }),
    ],
    [
      'a date limit that is not a day',
      formOf({ type: 'date', key: 'on', label: text('On'), required: false, min: '2026-02-30' }),
    ],
    [
      'a form of 101 fields',
      {
        sections: [
          { key: 'one', title: text('One'), fields: Array.from({ length: 60 }, (_, index) => shortText(`a${index}`)) },
          { key: 'two', title: text('Two'), fields: Array.from({ length: 41 }, (_, index) => shortText(`b${index}`)) },
        ],
      },
    ],
  ])('refuses %s', (_name, form) => {
    expect(formDefinition.safeParse(form).success).toBe(false);
  });
});

describe('what a form builder must explain', () => {
  it('finds nothing to explain in the fixture form', () => {
    expect(validateFormDefinition(formValidationFixture)).toEqual([]);
  });

  it('refuses a key used twice, for fields and for sections', () => {
    expect(
      issuesOf({
        sections: [
          { key: 'main', title: text('Main'), fields: [shortText('subject')] },
          { key: 'main', title: text('Again'), fields: [shortText('subject')] },
        ],
      }),
    ).toEqual([
      { pointer: '/sections/1/key', code: 'duplicate-key' },
      { pointer: '/sections/1/fields/0/key', code: 'duplicate-key' },
    ]);
  });

  it('explains an empty section', () => {
    expect(issuesOf({ sections: [{ key: 'main', title: text('Main'), fields: [] }] })).toEqual([
      { pointer: '/sections/0/fields', code: 'empty-section' },
    ]);
  });

  it.each([
    [
      'itself',
      [shortText('subject', { visibleWhen: { field: 'subject', equals: 'x' } })],
      'condition-on-itself',
      '0/visibleWhen/field',
    ],
    [
      'an unknown field',
      [shortText('subject', { visibleWhen: { field: 'nothing', equals: 'x' } })],
      'condition-on-unknown-field',
      '0/visibleWhen/field',
    ],
    [
      'a later field',
      [shortText('subject', { visibleWhen: { field: 'area', equals: 'tax' } }), select('area', ['tax'])],
      'condition-on-later-field',
      '0/visibleWhen/field',
    ],
    [
      'a field whose answers are not one value',
      [
        { type: 'date', key: 'on', label: text('On'), required: false },
        shortText('subject', { visibleWhen: { field: 'on', equals: '2026-01-01' } }),
      ],
      'condition-on-unsupported-field',
      '1/visibleWhen/field',
    ],
    [
      'an option that does not exist',
      [select('area', ['tax']), shortText('subject', { visibleWhen: { field: 'area', equals: 'employment' } })],
      'condition-value-not-an-option',
      '1/visibleWhen/equals',
    ],
    [
      'text for a checkbox',
      [
        { type: 'checkbox', key: 'agree', label: text('Agree'), required: false },
        shortText('subject', { visibleWhen: { field: 'agree', equals: 'yes' } }),
      ],
      'condition-value-wrong-type',
      '1/visibleWhen/equals',
    ],
  ])('explains a condition on %s', (_name, fields, code, at) => {
    expect(issuesOf(formOf(...(fields as FormFieldInput[])))).toEqual([{ pointer: `/sections/0/fields/${at}`, code }]);
  });

  it('points at the value of anyOf that is not an option', () => {
    expect(
      issuesOf(
        formOf(
          select('area', ['tax', 'employment']),
          shortText('subject', { visibleWhen: { field: 'area', anyOf: ['tax', 'family'] } }),
        ),
      ),
    ).toEqual([{ pointer: '/sections/0/fields/1/visibleWhen/anyOf/1', code: 'condition-value-not-an-option' }]);
  });

  it('explains a select without options and an option listed twice', () => {
    expect(issuesOf(formOf(select('area', []), select('kind', ['a', 'b', 'a'])))).toEqual([
      { pointer: '/sections/0/fields/0/options', code: 'empty-select' },
      { pointer: '/sections/0/fields/1/options/2/value', code: 'duplicate-option' },
    ]);
  });

  it.each([
    ['that does not compile', '[A-Z'],
    ['longer than 200 characters', 'a'.repeat(201)],
    ['that can take exponential time', '(a+)+b'],
  ])('explains a pattern %s', (_name, regex) => {
    expect(issuesOf(formOf(shortText('reference', { pattern: { regex, message: text('Like AB-1234') } })))).toEqual([
      { pointer: '/sections/0/fields/0/pattern/regex', code: 'invalid-pattern' },
    ]);
  });

  it.each([
    ['lengths', shortText('subject', { minLength: 10, maxLength: 5 }), 'minLength'],
    ['numbers', { type: 'number', key: 'count', label: text('Count'), required: false, min: 10, max: 1 }, 'min'],
    [
      'amounts',
      {
        type: 'money',
        key: 'fee',
        label: text('Fee'),
        required: false,
        currencies: ['EUR'],
        min: '100.5',
        max: '100.25',
      },
      'min',
    ],
    [
      'dates',
      { type: 'date', key: 'on', label: text('On'), required: false, min: '2026-01-02', max: '2026-01-01' },
      'min',
    ],
    ['choices', { ...select('topics', ['a', 'b', 'c']), type: 'multi-select', minItems: 3, maxItems: 2 }, 'minItems'],
  ])('explains a minimum above its maximum for %s', (_name, field, property) => {
    expect(issuesOf(formOf(field as FormFieldInput))).toEqual([
      { pointer: `/sections/0/fields/0/${property}`, code: 'min-greater-than-max' },
    ]);
  });

  it('explains more choices required than there are options', () => {
    expect(
      issuesOf(formOf({ ...select('topics', ['a', 'b']), type: 'multi-select', minItems: 3 } as FormFieldInput)),
    ).toEqual([{ pointer: '/sections/0/fields/0/minItems', code: 'min-items-above-options' }]);
  });

  it('explains a currency that does not exist or is listed twice', () => {
    expect(
      issuesOf(
        formOf({ type: 'money', key: 'fee', label: text('Fee'), required: false, currencies: ['EUR', 'ABC', 'EUR'] }),
      ),
    ).toEqual([
      { pointer: '/sections/0/fields/0/currencies/1', code: 'unknown-currency' },
      { pointer: '/sections/0/fields/0/currencies/2', code: 'duplicate-currency' },
    ]);
  });

  it('explains an empty list of party roles', () => {
    expect(
      issuesOf(formOf({ type: 'party', key: 'opponent', label: text('Opponent'), required: false, roles: [] })),
    ).toEqual([{ pointer: '/sections/0/fields/0/roles', code: 'empty-select' }]);
  });
});

describe('patterns that could make checking an answer slow', () => {
  it.each([
    ['(\\w|\\d)+', 'nested-quantifier'],
    ['((a+))+', 'nested-quantifier'],
    ['(.*a){12}', 'nested-quantifier'],
    ['(a+)+b', 'nested-quantifier'],
    ['(a)\\1', 'backreference'],
    ['(?=a)a', 'backreference'],
    ['\\d*\\d*\\d*\\d*x', 'too-many-repeats'],
  ])('refuses %s (%s)', (regex, reason) => {
    expect(patternRisk(regex)).toBe(reason);
  });

  it.each([
    '[A-Z]{2}\\d{4}',
    '(\\d{3}-)?\\d{4}',
    '[a-z0-9.+-]+@[a-z0-9-]+\\.[a-z]{2,}',
    'FR\\d{2} ?\\d{4}',
    '\\(\\d+\\)+',
  ])('accepts %s', (regex) => {
    expect(patternRisk(regex)).toBeUndefined();
  });

  it('keeps a patterned answer short enough to check quickly', () => {
    const form = formDefinition.parse({
      sections: [
        {
          key: 'main',
          title: { en: 'Main', fr: 'Principal' },
          fields: [
            {
              key: 'code',
              type: 'short-text',
              required: true,
              maxLength: 500,
              label: { en: 'Code', fr: 'Code' },
              pattern: { regex: '[A-Z]+', message: { en: 'Capitals', fr: 'Majuscules' } },
            },
          ],
        },
      ],
    });
    expect(validateFormDefinition(form)).toEqual([
      {
        pointer: '/sections/0/fields/0/maxLength',
        code: 'invalid-pattern',
        params: { reason: 'long-answers', max: patternAnswerMax },
      },
    ]);
  });
});
