import { assertNever, isCalendarDate, isPlainObject, ownValue } from './checks';
import { isAnswered } from './answers';
import { formFields } from './form-definition';
import type { FieldOption, FormDefinition, FormField, LocalizedText } from './form-definition';
import { visibleFieldKeys } from './visibility';

export type FormLanguage = keyof LocalizedText;

export interface RenderedAnswer {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const yesNo: Record<FormLanguage, readonly [string, string]> = { en: ['Yes', 'No'], fr: ['Oui', 'Non'] };

/**
 * Stored (normalized) answers as lines a person reads, in reading order, for shown and answered fields only: dates in
 * full (UTC, as entered), amounts in their currency from the exact decimal string, options by their label, files by
 * name (`attachmentNames` by attachment id; the id when the name is unknown).
 */
export function renderAnswers(
  form: FormDefinition,
  answers: unknown,
  language: FormLanguage,
  attachmentNames: Readonly<Record<string, string>>,
): RenderedAnswer[] {
  if (!isPlainObject(answers)) return [];
  const visible = visibleFieldKeys(form, answers);
  return formFields(form)
    .filter((field) => visible.has(field.key) && isAnswered(field, ownValue(answers, field.key)))
    .map((field) => ({
      key: field.key,
      label: field.label[language],
      value: renderAnswer(field, ownValue(answers, field.key), language, attachmentNames),
    }));
}

function renderAnswer(
  field: FormField,
  value: unknown,
  language: FormLanguage,
  attachmentNames: Readonly<Record<string, string>>,
): string {
  const text = (part: unknown) => (typeof part === 'string' ? part.trim() : '');
  const labelOf = (options: readonly FieldOption[] | undefined, optionValue: unknown) =>
    options?.find((option) => option.value === optionValue)?.label[language] ?? text(optionValue);
  switch (field.type) {
    case 'date':
      return isDate(value)
        ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
            new Date(`${value}T00:00:00Z`),
          )
        : text(value);
    case 'money': {
      const money = isPlainObject(value) ? value : {};
      const amount = text(money['amount']);
      const currency = text(money['currency']) || (field.currencies[0] ?? '');
      try {
        return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount as `${number}`);
      } catch {
        return `${amount} ${currency}`;
      }
    }
    case 'number':
      return typeof value === 'number' ? new Intl.NumberFormat(language).format(value) : text(value);
    case 'checkbox':
      return yesNo[language][value === true ? 0 : 1];
    case 'single-select':
      return labelOf(field.options, value);
    case 'multi-select':
      return (Array.isArray(value) ? value : []).map((item: unknown) => labelOf(field.options, item)).join(', ');
    case 'party': {
      const party = isPlainObject(value) ? value : {};
      const role = field.roles ? labelOf(field.roles, party['role']) : text(party['role']);
      const details = [role, text(party['organization']), text(party['email'])].filter(Boolean);
      const name = text(party['name']);
      return details.length > 0 ? `${name} (${details.join(', ')})` : name;
    }
    case 'file':
      return (Array.isArray(value) ? value : [])
        .map((item: unknown) => {
          const id = isPlainObject(item) ? text(item['attachmentId']) : '';
          return (Object.hasOwn(attachmentNames, id) ? attachmentNames[id] : undefined) ?? id;
        })
        .join(', ');
    case 'short-text':
    case 'long-text':
    case 'email':
    case 'phone':
      return text(value);
    default:
      return assertNever(field);
  }
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && isCalendarDate(value);
}
