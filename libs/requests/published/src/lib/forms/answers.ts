import * as z from 'zod';
import { hasUnsafeCharacters } from '@lexport/shared-published';
import { assertNever, isCalendarDate, isPlainObject, ownValue, pointerSegment } from './checks';
import { canonicalAmount, compareAmounts, isAmount } from './decimal';
import { compilePattern } from './definition-issues';
import { formFields } from './form-definition';
import type { FieldOfType, FormDefinition, FormField } from './form-definition';
import { visibleFieldKeys } from './visibility';

/** Money keeps its amount as a decimal string ("12500.50"): exact, whatever the currency. */
export interface MoneyAnswer {
  readonly amount: string;
  readonly currency: string;
}
export interface PartyAnswer {
  readonly name: string;
  readonly role: string;
  readonly organization?: string;
  readonly email?: string;
}
export interface FileAnswer {
  readonly attachmentId: string;
}
export type AnswerValue =
  string | number | boolean | readonly string[] | MoneyAnswer | PartyAnswer | readonly FileAnswer[];
/** Answers by field key as they are stored: see `normalizeAnswers`. */
export type NormalizedAnswers = Readonly<Record<string, AnswerValue>>;

export const answerIssueCodes = [
  'not-an-object',
  'unknown-field',
  'hidden-field-sent',
  'required',
  'wrong-type',
  'unsafe-characters',
  'too-short',
  'too-long',
  'pattern',
  'below-min',
  'above-max',
  'not-an-integer',
  'not-an-option',
  'duplicate-option',
  'too-few-items',
  'too-many-items',
  'invalid-email',
  'invalid-phone',
  'invalid-date',
  'invalid-currency',
  'invalid-amount',
  'too-many-files',
  'duplicate-file',
] as const;
export type AnswerIssueCode = (typeof answerIssueCodes)[number];

export interface AnswerIssue {
  /** `/answers/<key>`, or deeper: `/answers/<key>/amount`, `/answers/<key>/0`, `/answers/<key>/0/attachmentId`. */
  readonly pointer: string;
  readonly code: AnswerIssueCode;
  /** `min`, `max`, `value`; for `pattern`, the form's message as `en` and `fr`. */
  readonly params: Readonly<Record<string, string | number>>;
}

export const partyLimits = { name: 200, role: 100, organization: 200 } as const;
const partyParts = ['name', 'role', 'organization', 'email'] as const;
const moneyParts = ['amount', 'currency'] as const;
const emailAddress = z.email().max(254);
const phoneCharacters = /^\+?[0-9 .()-]{1,40}$/;
const phoneDigits = { min: 6, max: 20 } as const;
const attachmentId = z.uuid();
/** Line breaks and tabs belong in long text; the other unsafe characters do not. */
const paragraphBreaks = /[\t\n\r]/g;

/** Whether a value counts as an answer to the field (see `validateAnswers`): what a required field needs. */
export function isAnswered(field: FormField, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value) && field.type === 'money') return answered(ownValue(value, 'amount'));
  if (isPlainObject(value) && field.type === 'party')
    return Object.keys(value).some(
      (part) => !(partyParts as readonly string[]).includes(part) || answered(value[part]),
    );
  return true;
}

function answered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return typeof value === 'string' ? value.trim() !== '' : true;
}

/**
 * Checks answers (a JSON object keyed by field key) against a form: the one check, run in the browser for field
 * messages and on the server before anything is stored. Issues come in reading order, unknown fields first.
 *
 * - Not answered: `undefined`, `null`, a string of spaces, an empty array, money without an amount, a party with
 *   every part empty. An optional field not answered is accepted (and left out by `normalizeAnswers`); a required
 *   one is `required`. An answer to a hidden field is `hidden-field-sent`, unless it is "not answered".
 * - A checkbox is `true` or `false`; a required checkbox must be `true`.
 * - Money is `{ amount: "12500.50", currency: "EUR" }`; without a currency, the field's first.
 * - Texts are checked trimmed; only long text may hold line breaks and tabs.
 */
export function validateAnswers(form: FormDefinition, answers: unknown): AnswerIssue[] {
  if (!isPlainObject(answers)) return [{ pointer: '/answers', code: 'not-an-object', params: {} }];
  const fields = formFields(form);
  const known = new Set(fields.map((field) => field.key));
  const issues: AnswerIssue[] = Object.keys(answers)
    .filter((key) => !known.has(key))
    .map((key) => ({ pointer: answerPointer(key), code: 'unknown-field', params: {} }));
  const visible = visibleFieldKeys(form, answers);
  for (const field of fields) {
    const value = ownValue(answers, field.key);
    if (visible.has(field.key)) issues.push(...validateAnswer(field, value));
    else if (isAnswered(field, value))
      issues.push({ pointer: answerPointer(field.key), code: 'hidden-field-sent', params: {} });
  }
  return issues;
}

/** `/answers/<key>` and deeper. */
export function answerPointer(key: string, ...path: readonly (string | number)[]): string {
  return ['', 'answers', key, ...path].map((segment, index) => (index === 0 ? '' : pointerSegment(segment))).join('/');
}

/** One shown field's answer; `validateAnswers` adds what depends on the other answers (unknown and hidden fields). */
export function validateAnswer(field: FormField, value: unknown): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  const issue = (code: AnswerIssueCode, params: Record<string, string | number> = {}, ...path: (string | number)[]) => {
    issues.push({ pointer: answerPointer(field.key, ...path), code, params });
  };
  if (field.type === 'checkbox') {
    if (value !== undefined && value !== null && typeof value !== 'boolean') issue('wrong-type');
    else if (field.required && value !== true) issue('required');
    return issues;
  }
  if (!isAnswered(field, value)) {
    if (field.required) issue('required');
    return issues;
  }
  switch (field.type) {
    case 'short-text':
    case 'long-text':
      checkText(field, value, issue);
      break;
    case 'number':
      checkNumber(field, value, issue);
      break;
    case 'money':
      checkMoney(field, value, issue);
      break;
    case 'date':
      if (typeof value !== 'string') issue('wrong-type');
      else if (!isCalendarDate(value.trim())) issue('invalid-date');
      else if (field.min !== undefined && value.trim() < field.min) issue('below-min', { min: field.min });
      else if (field.max !== undefined && value.trim() > field.max) issue('above-max', { max: field.max });
      break;
    case 'single-select':
      if (typeof value !== 'string') issue('wrong-type');
      else if (!field.options.some((option) => option.value === value)) issue('not-an-option', { value });
      break;
    case 'multi-select':
      checkSelection(field, value, issue);
      break;
    case 'email':
      if (typeof value !== 'string') issue('wrong-type');
      else if (!isEmailAddress(value.trim())) issue('invalid-email');
      break;
    case 'phone':
      if (typeof value !== 'string') issue('wrong-type');
      else if (!isPhoneNumber(value.trim())) issue('invalid-phone');
      break;
    case 'party':
      checkParty(field, value, issue);
      break;
    case 'file':
      checkFiles(field, value, issue);
      break;
    default:
      assertNever(field);
  }
  return issues;
}

type Report = (code: AnswerIssueCode, params?: Record<string, string | number>, ...path: (string | number)[]) => void;

function checkText(field: FieldOfType<'short-text' | 'long-text'>, value: unknown, issue: Report): void {
  if (typeof value !== 'string') return issue('wrong-type');
  const text = value.trim();
  const unsafe =
    field.type === 'long-text' ? hasUnsafeCharacters(text.replace(paragraphBreaks, ' ')) : hasUnsafeCharacters(text);
  if (unsafe) return issue('unsafe-characters');
  if (field.minLength !== undefined && text.length < field.minLength)
    return issue('too-short', { min: field.minLength });
  if (text.length > field.maxLength) return issue('too-long', { max: field.maxLength });
  if (field.type === 'short-text' && field.pattern && !matchesPattern(field.pattern.regex, text))
    issue('pattern', { en: field.pattern.message.en, fr: field.pattern.message.fr });
}

function matchesPattern(regex: string, text: string): boolean {
  try {
    return compilePattern(regex).test(text);
  } catch {
    // A definition that passed `validateFormDefinition` compiles; an invalid one cannot hold an answer back.
    return true;
  }
}

function checkNumber(field: FieldOfType<'number'>, value: unknown, issue: Report): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return issue('wrong-type');
  if (field.integer && !Number.isInteger(value)) return issue('not-an-integer');
  if (field.min !== undefined && value < field.min) return issue('below-min', { min: field.min });
  if (field.max !== undefined && value > field.max) issue('above-max', { max: field.max });
}

function checkMoney(field: FieldOfType<'money'>, value: unknown, issue: Report): void {
  if (!isPlainObject(value)) return issue('wrong-type');
  for (const part of Object.keys(value))
    if (!(moneyParts as readonly string[]).includes(part)) issue('unknown-field', {}, part);
  const currency = ownValue(value, 'currency');
  if (answered(currency) && (typeof currency !== 'string' || !field.currencies.includes(currency)))
    issue('invalid-currency', {}, 'currency');
  const amount = ownValue(value, 'amount');
  if (typeof amount !== 'string') return issue('wrong-type', {}, 'amount');
  const text = amount.trim();
  if (!isAmount(text)) issue('invalid-amount', {}, 'amount');
  else if (field.min !== undefined && compareAmounts(text, field.min) < 0)
    issue('below-min', { min: field.min }, 'amount');
  else if (field.max !== undefined && compareAmounts(text, field.max) > 0)
    issue('above-max', { max: field.max }, 'amount');
}

function checkSelection(field: FieldOfType<'multi-select'>, value: unknown, issue: Report): void {
  if (!Array.isArray(value)) return issue('wrong-type');
  const seen = new Set<unknown>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') issue('wrong-type', {}, index);
    else if (!field.options.some((option) => option.value === item)) issue('not-an-option', { value: item }, index);
    else if (seen.has(item)) issue('duplicate-option', { value: item }, index);
    seen.add(item);
  });
  if (field.minItems !== undefined && value.length < field.minItems) issue('too-few-items', { min: field.minItems });
  if (field.maxItems !== undefined && value.length > field.maxItems) issue('too-many-items', { max: field.maxItems });
}

function checkParty(field: FieldOfType<'party'>, value: unknown, issue: Report): void {
  if (!isPlainObject(value)) return issue('wrong-type');
  for (const part of Object.keys(value))
    if (!(partyParts as readonly string[]).includes(part)) issue('unknown-field', {}, part);
  const checkName = (part: 'name' | 'role' | 'organization', max: number, required: boolean) => {
    const text = ownValue(value, part);
    if (!answered(text)) {
      if (required) issue('required', {}, part);
    } else if (typeof text !== 'string') issue('wrong-type', {}, part);
    else if (hasUnsafeCharacters(text.trim())) issue('unsafe-characters', {}, part);
    else if (text.trim().length > max) issue('too-long', { max }, part);
  };
  checkName('name', partyLimits.name, true);
  const role = ownValue(value, 'role');
  if (field.roles && answered(role) && !field.roles.some((option) => option.value === role))
    issue(
      typeof role === 'string' ? 'not-an-option' : 'wrong-type',
      typeof role === 'string' ? { value: role } : {},
      'role',
    );
  else checkName('role', partyLimits.role, true);
  checkName('organization', partyLimits.organization, false);
  const email = ownValue(value, 'email');
  if (answered(email) && (typeof email !== 'string' || !isEmailAddress(email.trim())))
    issue('invalid-email', {}, 'email');
}

function checkFiles(field: FieldOfType<'file'>, value: unknown, issue: Report): void {
  if (!Array.isArray(value)) return issue('wrong-type');
  if (value.length > field.maxFiles) issue('too-many-files', { max: field.maxFiles });
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (!isPlainObject(item)) return issue('wrong-type', {}, index);
    for (const part of Object.keys(item)) if (part !== 'attachmentId') issue('unknown-field', {}, index, part);
    const id = ownValue(item, 'attachmentId');
    if (typeof id !== 'string' || !attachmentId.safeParse(id).success)
      return issue('wrong-type', {}, index, 'attachmentId');
    if (seen.has(id.toLowerCase())) issue('duplicate-file', {}, index);
    seen.add(id.toLowerCase());
  });
}

export function isEmailAddress(text: string): boolean {
  return !hasUnsafeCharacters(text) && emailAddress.safeParse(text).success;
}

/** Loose and international: an optional leading `+`, digits, spaces, dots, dashes and parentheses; 6 to 20 digits. */
export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return phoneCharacters.test(text) && digits >= phoneDigits.min && digits <= phoneDigits.max;
}

/**
 * The answers to store, for answers `validateAnswers` found no issue in: only shown, answered fields; strings
 * trimmed, amounts without leading zeros, money with its currency, a party without its empty parts.
 */
export function normalizeAnswers(form: FormDefinition, answers: unknown): NormalizedAnswers {
  if (!isPlainObject(answers)) return {};
  const visible = visibleFieldKeys(form, answers);
  const normalized: Record<string, AnswerValue> = {};
  for (const field of formFields(form)) {
    const value = ownValue(answers, field.key);
    if (visible.has(field.key) && isAnswered(field, value)) normalized[field.key] = normalizeAnswer(field, value);
  }
  return normalized;
}

function normalizeAnswer(field: FormField, value: unknown): AnswerValue {
  const text = (part: unknown) => (typeof part === 'string' ? part.trim() : '');
  switch (field.type) {
    case 'money': {
      const money = isPlainObject(value) ? value : {};
      const currency = text(money['currency']);
      return {
        amount: canonicalAmount(text(money['amount'])),
        currency: currency === '' ? (field.currencies[0] ?? '') : currency,
      };
    }
    case 'party': {
      const party = isPlainObject(value) ? value : {};
      const [organization, email] = [text(party['organization']), text(party['email'])];
      return {
        name: text(party['name']),
        role: text(party['role']),
        ...(organization ? { organization } : {}),
        ...(email ? { email } : {}),
      };
    }
    case 'file':
      return (Array.isArray(value) ? value : []).map((item: unknown) => ({
        attachmentId: isPlainObject(item) ? text(item['attachmentId']) : '',
      }));
    case 'multi-select':
      return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    case 'number':
    case 'checkbox':
      return typeof value === 'number' || typeof value === 'boolean' ? value : false;
    case 'short-text':
    case 'long-text':
    case 'date':
    case 'single-select':
    case 'email':
    case 'phone':
      return text(value);
    default:
      return assertNever(field);
  }
}

/** The subject a request takes from its form: the answer to a short-text field keyed `subject`, if any. */
export function subjectOf(form: FormDefinition, answers: unknown): string | undefined {
  const field = formFields(form).find((candidate) => candidate.type === 'short-text' && candidate.key === 'subject');
  const value = field && isPlainObject(answers) ? ownValue(answers, field.key) : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
