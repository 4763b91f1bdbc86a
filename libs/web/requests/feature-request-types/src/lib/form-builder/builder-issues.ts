import { definitionIssueCodes, formDefinition, validateFormDefinition } from '@lexport/requests-published';
import type { DefinitionIssueCode, FormDefinition } from '@lexport/requests-published';

/**
 * What stops a draft from being saved (`shape`: the schema the server checks every draft against) or published
 * (`definition`: `validateFormDefinition`, the check the server runs before publishing). Each issue has the JSON
 * pointer of what it is about, so that the builder shows it there.
 */
export const shapeIssueCodes = [
  'missing-text',
  'text-too-long',
  'unsafe-characters',
  'invalid-key',
  'invalid-option-value',
  'invalid-currency-code',
  'no-currency',
  'invalid-amount',
  'invalid-date',
  'number-too-small',
  'number-too-large',
  'too-many',
  'invalid-condition',
  'invalid-value',
] as const;
export type ShapeIssueCode = (typeof shapeIssueCodes)[number];

export interface BuilderIssue {
  readonly pointer: string;
  /** `server`: refused by the server on publishing and not found by the checks here (a newer server's rule). */
  readonly kind: 'shape' | 'definition' | 'server';
  readonly code: ShapeIssueCode | DefinitionIssueCode | 'subject-field-not-in-form';
  readonly params: Readonly<Record<string, string | number>>;
}

type SchemaIssue = NonNullable<ReturnType<typeof formDefinition.safeParse>['error']>['issues'][number];

const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

/** The schema's complaints about a draft, in the builder's words. */
export function shapeIssues(form: FormDefinition): BuilderIssue[] {
  const parsed = formDefinition.safeParse(form);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    pointer: pointerOf(issue.path),
    kind: 'shape',
    ...shapeCode(issue, form),
  }));
}

function shapeCode(issue: SchemaIssue, form: FormDefinition): Pick<BuilderIssue, 'code' | 'params'> {
  const path = issue.path.map(String);
  const last = path.at(-1);
  const within = (part: string) => path.includes(part);
  if (within('visibleWhen') && (last === 'visibleWhen' || issue.code === 'invalid_union'))
    return { code: 'invalid-condition', params: {} };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return { code: 'missing-text', params: {} };
      if (issue.origin === 'array' && last === 'currencies') return { code: 'no-currency', params: {} };
      if (issue.origin === 'number' || issue.origin === 'int')
        return { code: 'number-too-small', params: { min: Number(issue.minimum) } };
      return { code: 'invalid-value', params: {} };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'text-too-long', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'number' || issue.origin === 'int')
        return { code: 'number-too-large', params: { max: Number(issue.maximum) } };
      return { code: 'too-many', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (last === 'key' || last === 'field') return { code: 'invalid-key', params: {} };
      if (last === 'value' && (within('options') || within('roles')))
        return { code: 'invalid-option-value', params: {} };
      if (within('currencies')) return { code: 'invalid-currency-code', params: {} };
      return { code: 'unsafe-characters', params: {} };
    case 'custom':
      if (last === 'min' || last === 'max')
        return { code: fieldTypeAt(form, path) === 'date' ? 'invalid-date' : 'invalid-amount', params: {} };
      return { code: 'invalid-value', params: {} };
    default:
      return { code: 'invalid-value', params: {} };
  }
}

function fieldTypeAt(form: FormDefinition, path: readonly string[]): string | undefined {
  const [, section, , field] = path;
  return form.sections[Number(section)]?.fields[Number(field)]?.type;
}

/**
 * Every issue of the draft: the schema's first (a draft that breaks it cannot even be saved), then the definition's.
 * A subject field that is not one of the draft's short texts stops publishing too.
 */
export function builderIssues(form: FormDefinition, subjectField: string | null = null): BuilderIssue[] {
  const definition: BuilderIssue[] = validateFormDefinition(form).map((issue) => ({ ...issue, kind: 'definition' }));
  const subject: BuilderIssue[] =
    subjectField !== null &&
    !form.sections.some((section) =>
      section.fields.some((field) => field.key === subjectField && field.type === 'short-text'),
    )
      ? [{ pointer: '/subjectField', kind: 'definition', code: 'subject-field-not-in-form', params: {} }]
      : [];
  return [...shapeIssues(form), ...definition, ...subject];
}

/** The issues about one part (`/sections/0/fields/2`) and what is inside it. */
export function issuesUnder(issues: readonly BuilderIssue[], pointer: string): BuilderIssue[] {
  return issues.filter((issue) => issue.pointer === pointer || issue.pointer.startsWith(`${pointer}/`));
}

/** The issues about a section itself (its key, title, emptiness), not about its fields. */
export function sectionIssues(issues: readonly BuilderIssue[], sectionIndex: number): BuilderIssue[] {
  const fields = `/sections/${sectionIndex}/fields/`;
  return issuesUnder(issues, `/sections/${sectionIndex}`).filter((issue) => !issue.pointer.startsWith(fields));
}

export function isDefinitionIssueCode(code: string): code is DefinitionIssueCode {
  return (definitionIssueCodes as readonly string[]).includes(code);
}

/** Transloco's `t`, as templates and the service hand it over. */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** An issue in words, in the reader's language: what is wrong and, where it helps, what to do. */
export function issueText(
  issue: Pick<BuilderIssue, 'code' | 'params'> & { kind?: BuilderIssue['kind'] },
  t: Translate,
): string {
  const params: Record<string, unknown> = { ...issue.params };
  if (issue.code === 'subject-field-not-in-form') return t('requests.builder.subjectFieldMissing');
  // The server names the code without the details the wording needs.
  if (issue.kind === 'server') return t('requests.builder.serverIssue', { code: issue.code });
  if (!isDefinitionIssueCode(issue.code)) return t(`requests.builder.shape.${issue.code}`, params);
  if (issue.code === 'condition-value-wrong-type')
    params['expected'] = t(`requests.builder.expected.${String(issue.params['expected'])}`);
  if (issue.code === 'condition-on-unsupported-field')
    params['type'] = t(`requests.builder.fieldTypes.${String(issue.params['type'])}`);
  const text = t(`requests.builder.issues.${issue.code}`, params);
  return issue.code === 'invalid-pattern'
    ? `${text} ${t(`requests.builder.patternReasons.${String(issue.params['reason'])}`, params)}`
    : text;
}
