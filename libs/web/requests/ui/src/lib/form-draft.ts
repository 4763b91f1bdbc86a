import { FormControl, FormGroup } from '@angular/forms';
import type { AbstractControl } from '@angular/forms';
import { formFields } from '@lexport/requests-published';
import type { FieldOfType, FormDefinition, FormField } from '@lexport/requests-published';
import type { UploadedAttachment } from './attachment-uploader';

export type MoneyGroup = FormGroup<{ amount: FormControl<string>; currency: FormControl<string> }>;
export type PartyGroup = FormGroup<{
  name: FormControl<string>;
  role: FormControl<string>;
  organization: FormControl<string>;
  email: FormControl<string>;
}>;

/** One control (or group) per field, by kind, so that templates bind typed controls without casts. */
export interface FormControls {
  readonly group: FormGroup<Record<string, AbstractControl>>;
  readonly texts: Readonly<Record<string, FormControl<string>>>;
  readonly choices: Readonly<Record<string, FormControl<string | null>>>;
  readonly selections: Readonly<Record<string, FormControl<string[]>>>;
  readonly boxes: Readonly<Record<string, FormControl<boolean>>>;
  readonly money: Readonly<Record<string, MoneyGroup>>;
  readonly parties: Readonly<Record<string, PartyGroup>>;
  readonly files: Readonly<Record<string, FormControl<UploadedAttachment[]>>>;
}

/** What people typed, by field key: raw control values, kept across a change of definition when the type is the same. */
export type FormDraft = Readonly<Record<string, unknown>>;

export interface Kept {
  readonly type: FormField['type'];
  readonly value: unknown;
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : '');

/** Builds the controls of a definition, starting from what was typed in an earlier version of it (the preview). */
export function buildControls(form: FormDefinition, kept: ReadonlyMap<string, Kept> = new Map()): FormControls {
  const texts: Record<string, FormControl<string>> = {};
  const choices: Record<string, FormControl<string | null>> = {};
  const selections: Record<string, FormControl<string[]>> = {};
  const boxes: Record<string, FormControl<boolean>> = {};
  const money: Record<string, MoneyGroup> = {};
  const parties: Record<string, PartyGroup> = {};
  const files: Record<string, FormControl<UploadedAttachment[]>> = {};
  const group = new FormGroup<Record<string, AbstractControl>>({});
  const text = (initial: unknown) => new FormControl(textOf(initial), { nonNullable: true });

  for (const field of formFields(form)) {
    const previous = kept.get(field.key);
    const value = previous?.type === field.type ? previous.value : undefined;
    const parts = (value ?? {}) as Record<string, unknown>;
    const key = field.key;
    switch (field.type) {
      case 'single-select':
        choices[key] = new FormControl(typeof value === 'string' ? value : null);
        group.addControl(key, choices[key]);
        break;
      case 'multi-select':
        selections[key] = new FormControl(Array.isArray(value) ? (value as string[]) : [], { nonNullable: true });
        group.addControl(key, selections[key]);
        break;
      case 'checkbox':
        boxes[key] = new FormControl(value === true, { nonNullable: true });
        group.addControl(key, boxes[key]);
        break;
      case 'money':
        money[key] = new FormGroup({
          amount: text(parts['amount']),
          currency: new FormControl(defaultCurrency(field, parts['currency']), { nonNullable: true }),
        });
        group.addControl(key, money[key]);
        break;
      case 'party':
        parties[key] = new FormGroup({
          name: text(parts['name']),
          role: text(parts['role']),
          organization: text(parts['organization']),
          email: text(parts['email']),
        });
        group.addControl(key, parties[key]);
        break;
      case 'file':
        files[key] = new FormControl(Array.isArray(value) ? (value as UploadedAttachment[]) : [], {
          nonNullable: true,
        });
        group.addControl(key, files[key]);
        break;
      default:
        texts[key] = text(value);
        group.addControl(key, texts[key]);
    }
  }
  return { group, texts, choices, selections, boxes, money, parties, files };
}

function defaultCurrency(field: FieldOfType<'money'>, kept: unknown): string {
  return typeof kept === 'string' && field.currencies.includes(kept) ? kept : (field.currencies[0] ?? '');
}

/** The values to keep when the definition changes under the same keys. */
export function keptValues(form: FormDefinition, draft: FormDraft): Map<string, Kept> {
  return new Map(formFields(form).map((field) => [field.key, { type: field.type, value: draft[field.key] }]));
}

/**
 * Every field's answer as `validateAnswers` reads it. Numbers and amounts are read as people write them: spaces
 * between digit groups dropped, a decimal comma taken for a point; a number that still does not parse stays text,
 * which `validateAnswers` calls `wrong-type`.
 */
export function draftAnswers(form: FormDefinition, draft: FormDraft): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of formFields(form)) {
    const value = draft[field.key];
    switch (field.type) {
      case 'number':
        answers[field.key] = numberFrom(textOf(value));
        break;
      case 'money': {
        const money = (value ?? {}) as Record<string, unknown>;
        answers[field.key] = { amount: decimalFrom(textOf(money['amount'])), currency: money['currency'] };
        break;
      }
      case 'file':
        answers[field.key] = (Array.isArray(value) ? (value as UploadedAttachment[]) : []).map(({ attachmentId }) => ({
          attachmentId,
        }));
        break;
      default:
        answers[field.key] = value;
    }
  }
  return answers;
}

function decimalFrom(text: string): string {
  return text.replace(/[\s\u202F]/g, '').replace(',', '.');
}

function numberFrom(text: string): number | string | undefined {
  const written = decimalFrom(text);
  if (written === '') return undefined;
  return /^[-+]?\d+(?:\.\d+)?$/.test(written) ? Number(written) : text;
}
