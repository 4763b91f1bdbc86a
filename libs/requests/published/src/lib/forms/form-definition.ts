import * as z from 'zod';
import { nameText, paragraphsText } from '@lexport/shared-published';
import { isCalendarDate } from './checks';
import { isAmount } from './decimal';

/**
 * A request form as legal staff define it: sections of typed fields, some shown only when an earlier answer says so.
 * The schema checks each part's shape; `validateFormDefinition` checks how the parts fit together (unique keys,
 * conditions on earlier fields, options that exist) and says where, for the form builder to explain.
 *
 * Limits a definition leaves out get their defaults when it is parsed, so that a stored form keeps the limits it was
 * published with even if the defaults change.
 */
export const formLimits = {
  sections: 30,
  fields: 100,
  text: 200,
  help: 500,
  keyPattern: /^[a-z][a-zA-Z0-9]{0,39}$/,
  optionPattern: /^[a-z0-9][a-z0-9-]{0,59}$/,
  options: 100,
  roles: 50,
  currencies: 20,
  shortText: { defaultMax: 200, max: 1000 },
  longText: { defaultMax: 5000, max: 20000 },
  pattern: 200,
  files: { defaultMax: 5, max: 20 },
} as const;

export const localizedText = z.strictObject({
  en: nameText({ min: 1, max: formLimits.text }),
  fr: nameText({ min: 1, max: formLimits.text }),
});
export type LocalizedText = z.infer<typeof localizedText>;

const helpText = z.strictObject({
  en: paragraphsText({ max: formLimits.help }).min(1),
  fr: paragraphsText({ max: formLimits.help }).min(1),
});

const key = z
  .string()
  .regex(formLimits.keyPattern, 'must start with a lower-case letter, then letters or digits (40 at most)');
const optionValue = z
  .string()
  .regex(formLimits.optionPattern, 'must be lower-case letters, digits and dashes (60 at most)');
const conditionText = nameText({ min: 1, max: formLimits.text });

export const fieldCondition = z.union([
  z.strictObject({ field: key, equals: z.union([conditionText, z.number(), z.boolean()]) }),
  z.strictObject({ field: key, anyOf: z.array(conditionText).min(1).max(formLimits.options) }),
]);
export type FieldCondition = z.infer<typeof fieldCondition>;

const option = z.strictObject({ value: optionValue, label: localizedText });
export type FieldOption = z.infer<typeof option>;

const length = (max: number) => z.int().min(0).max(max);
const count = (max: number) => z.int().min(0).max(max);
const calendarDate = z.string().refine(isCalendarDate, 'must be a date written YYYY-MM-DD');
const amount = z.string().refine(isAmount, 'must be an amount such as 12500.50');

const common = {
  key,
  label: localizedText,
  help: helpText.optional(),
  required: z.boolean(),
  visibleWhen: fieldCondition.optional(),
};

const shortTextField = z.strictObject({
  ...common,
  type: z.literal('short-text'),
  minLength: length(formLimits.shortText.max).optional(),
  maxLength: z.int().min(1).max(formLimits.shortText.max).default(formLimits.shortText.defaultMax),
  /** Must match the whole (trimmed) answer; the message tells the client what is expected. */
  pattern: z.strictObject({ regex: z.string().min(1).max(1000), message: localizedText }).optional(),
});
const longTextField = z.strictObject({
  ...common,
  type: z.literal('long-text'),
  minLength: length(formLimits.longText.max).optional(),
  maxLength: z.int().min(1).max(formLimits.longText.max).default(formLimits.longText.defaultMax),
});
const numberField = z.strictObject({
  ...common,
  type: z.literal('number'),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
});
const moneyField = z.strictObject({
  ...common,
  type: z.literal('money'),
  /** Decimal strings, like the answers. */
  min: amount.optional(),
  max: amount.optional(),
  /** The first is the default currency. */
  currencies: z
    .array(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'))
    .min(1)
    .max(formLimits.currencies),
});
const dateField = z.strictObject({
  ...common,
  type: z.literal('date'),
  min: calendarDate.optional(),
  max: calendarDate.optional(),
});
const singleSelectField = z.strictObject({
  ...common,
  type: z.literal('single-select'),
  options: z.array(option).max(formLimits.options),
});
const multiSelectField = z.strictObject({
  ...common,
  type: z.literal('multi-select'),
  options: z.array(option).max(formLimits.options),
  minItems: count(formLimits.options).optional(),
  maxItems: count(formLimits.options).optional(),
});
const checkboxField = z.strictObject({ ...common, type: z.literal('checkbox') });
const emailField = z.strictObject({ ...common, type: z.literal('email') });
const phoneField = z.strictObject({ ...common, type: z.literal('phone') });
const partyField = z.strictObject({
  ...common,
  type: z.literal('party'),
  /** When given, the answer's role is one of these values; otherwise the client writes the role. */
  roles: z.array(option).max(formLimits.roles).optional(),
});
const fileField = z.strictObject({
  ...common,
  type: z.literal('file'),
  maxFiles: z.int().min(1).max(formLimits.files.max).default(formLimits.files.defaultMax),
});

export const formField = z.discriminatedUnion('type', [
  shortTextField,
  longTextField,
  numberField,
  moneyField,
  dateField,
  singleSelectField,
  multiSelectField,
  checkboxField,
  emailField,
  phoneField,
  partyField,
  fileField,
]);
export type FormField = z.output<typeof formField>;
export type FormFieldInput = z.input<typeof formField>;
export type FieldType = FormField['type'];
export type FieldOfType<T extends FieldType> = Extract<FormField, { type: T }>;

export const fieldTypes = [
  'short-text',
  'long-text',
  'number',
  'money',
  'date',
  'single-select',
  'multi-select',
  'checkbox',
  'email',
  'phone',
  'party',
  'file',
] as const satisfies readonly FieldType[];

export const formSection = z.strictObject({
  key,
  title: localizedText,
  fields: z.array(formField).max(formLimits.fields),
});
export type FormSection = z.output<typeof formSection>;

export const formDefinition = z
  .strictObject({ sections: z.array(formSection).min(1).max(formLimits.sections) })
  .superRefine((form, context) => {
    const fields = form.sections.reduce((total, section) => total + section.fields.length, 0);
    if (fields > formLimits.fields)
      context.addIssue({
        code: 'too_big',
        origin: 'array',
        maximum: formLimits.fields,
        inclusive: true,
        path: ['sections'],
        message: `a form holds at most ${formLimits.fields} fields`,
      });
  });
/** A parsed definition: every default filled in. */
export type FormDefinition = z.output<typeof formDefinition>;
/** What a form builder sends. */
export type FormDefinitionInput = z.input<typeof formDefinition>;

/** A field with where it sits: `pointer` is its JSON pointer in the definition. */
export interface PlacedField {
  readonly field: FormField;
  readonly section: FormSection;
  readonly pointer: string;
}

/** Every field in reading order: sections in order, fields in order within them. */
export function placedFields(form: FormDefinition): PlacedField[] {
  return form.sections.flatMap((section, sectionIndex) =>
    section.fields.map((field, fieldIndex) => ({
      field,
      section,
      pointer: `/sections/${sectionIndex}/fields/${fieldIndex}`,
    })),
  );
}

export function formFields(form: FormDefinition): FormField[] {
  return form.sections.flatMap((section) => section.fields);
}
