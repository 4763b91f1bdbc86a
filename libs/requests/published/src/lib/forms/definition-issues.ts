import { assertNever } from './checks';
import { isIsoCurrencyCode } from './currencies';
import { compareAmounts } from './decimal';
import { formLimits, placedFields } from './form-definition';
import type { FieldCondition, FieldOption, FieldType, FormDefinition, FormField } from './form-definition';

export const definitionIssueCodes = [
  'duplicate-key',
  'empty-section',
  'condition-on-itself',
  'condition-on-unknown-field',
  'condition-on-later-field',
  'condition-on-unsupported-field',
  'condition-value-not-an-option',
  'condition-value-wrong-type',
  'empty-select',
  'duplicate-option',
  'min-items-above-options',
  'invalid-pattern',
  'min-greater-than-max',
  'unknown-currency',
  'duplicate-currency',
] as const;
export type DefinitionIssueCode = (typeof definitionIssueCodes)[number];

export interface DefinitionIssue {
  /** JSON pointer into the definition, e.g. `/sections/0/fields/2/options`. */
  readonly pointer: string;
  readonly code: DefinitionIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The field types another field may be shown on: their answers are one value a person picks or types exactly. */
export const conditionFieldTypes = [
  'single-select',
  'multi-select',
  'checkbox',
  'short-text',
  'number',
] as const satisfies readonly FieldType[];

/**
 * Patterns run on the server (and in the browser) against what clients type, in a backtracking engine: a group that
 * repeats (`(a+)+`, `(\w|\d)+`, `(.*a){12}`) can take exponential time on a crafted answer, back-references and
 * look-arounds are outside what a form needs, and many unbounded repeats side by side (`\d*\d*\d*\d*`) grow as a
 * power of the answer's length. A form may hold none of these, and a patterned answer is at most
 * `patternAnswerMax` characters, so that checking one always stays quick.
 */
export function patternRisk(regex: string): 'nested-quantifier' | 'backreference' | 'too-many-repeats' | undefined {
  let unbounded = 0;
  let inClass = false;
  let afterGroup = false;
  for (let index = 0; index < regex.length; index += 1) {
    const character = regex[index];
    const closedGroup = afterGroup;
    afterGroup = false;
    if (character === '\\') {
      if (!inClass && /[1-9k]/.test(regex[index + 1] ?? '')) return 'backreference';
      index += 1;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === '(' && regex[index + 1] === '?' && /^(?:[=!]|<[=!])/.test(regex.slice(index + 2)))
      return 'backreference';
    else if (character === ')') afterGroup = true;
    else if (character === '*' || character === '+') {
      if (closedGroup) return 'nested-quantifier';
      unbounded += 1;
    } else if (character === '{') {
      const bounds = /^\{(\d+)(,(\d*))?\}/.exec(regex.slice(index));
      if (!bounds) continue;
      const max = bounds[2] === undefined ? Number(bounds[1]) : bounds[3] === '' ? Infinity : Number(bounds[3]);
      if (closedGroup && max > 1) return 'nested-quantifier';
      if (max === Infinity) unbounded += 1;
      index += bounds[0].length - 1;
    }
  }
  return unbounded > 3 ? 'too-many-repeats' : undefined;
}

/** The longest answer a patterned field may take (see `patternRisk`). */
export const patternAnswerMax = 200;

/** Compiles a short-text pattern the way answers are checked: the whole answer must match. */
export function compilePattern(regex: string): RegExp {
  return new RegExp(`^(?:${regex})$`, 'u');
}

/** What a form builder must explain about a definition that passed `formDefinition`; none means it can be published. */
export function validateFormDefinition(form: FormDefinition): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  const issue = (pointer: string, code: DefinitionIssueCode, params: Record<string, string | number> = {}): void => {
    issues.push({ pointer, code, params });
  };

  const sectionKeys = new Set<string>();
  form.sections.forEach((section, index) => {
    if (sectionKeys.has(section.key)) issue(`/sections/${index}/key`, 'duplicate-key', { key: section.key });
    sectionKeys.add(section.key);
    if (section.fields.length === 0) issue(`/sections/${index}/fields`, 'empty-section');
  });

  const placed = placedFields(form);
  const order = new Map<string, number>();
  placed.forEach(({ field, pointer }, index) => {
    if (order.has(field.key)) issue(`${pointer}/key`, 'duplicate-key', { key: field.key });
    else order.set(field.key, index);
  });

  placed.forEach(({ field, pointer }, index) => {
    checkCondition(field, pointer, index);
    checkOwnProps(field, pointer);
  });
  return issues;

  function checkCondition(field: FormField, pointer: string, position: number): void {
    const condition = field.visibleWhen;
    if (!condition) return;
    const at = `${pointer}/visibleWhen`;
    const targetPosition = order.get(condition.field);
    const target = targetPosition === undefined ? undefined : placed[targetPosition]?.field;
    if (condition.field === field.key) issue(`${at}/field`, 'condition-on-itself');
    else if (!target || targetPosition === undefined)
      issue(`${at}/field`, 'condition-on-unknown-field', { field: condition.field });
    else if (targetPosition > position) issue(`${at}/field`, 'condition-on-later-field', { field: target.key });
    else if (!(conditionFieldTypes as readonly string[]).includes(target.type))
      issue(`${at}/field`, 'condition-on-unsupported-field', { field: target.key, type: target.type });
    else checkConditionValue(at, condition, target);
  }

  function checkConditionValue(at: string, condition: FieldCondition, target: FormField): void {
    const options = target.type === 'single-select' || target.type === 'multi-select' ? target.options : undefined;
    const expected = target.type === 'checkbox' ? 'boolean' : target.type === 'number' ? 'number' : 'string';
    if ('equals' in condition) {
      if (typeof condition.equals !== expected) issue(`${at}/equals`, 'condition-value-wrong-type', { expected });
      else if (options && !options.some((option) => option.value === condition.equals))
        issue(`${at}/equals`, 'condition-value-not-an-option', { value: String(condition.equals) });
    } else if (expected !== 'string') {
      issue(`${at}/anyOf`, 'condition-value-wrong-type', { expected });
    } else {
      condition.anyOf.forEach((value, index) => {
        if (options && !options.some((option) => option.value === value))
          issue(`${at}/anyOf/${index}`, 'condition-value-not-an-option', { value });
      });
    }
  }

  function checkOwnProps(field: FormField, pointer: string): void {
    switch (field.type) {
      case 'short-text':
        checkRange(pointer, 'minLength', field.minLength, field.maxLength);
        if (field.pattern) {
          checkPattern(`${pointer}/pattern/regex`, field.pattern.regex);
          if (field.maxLength > patternAnswerMax)
            issue(`${pointer}/maxLength`, 'invalid-pattern', { reason: 'long-answers', max: patternAnswerMax });
        }
        return;
      case 'long-text':
        return checkRange(pointer, 'minLength', field.minLength, field.maxLength);
      case 'number':
        return checkRange(pointer, 'min', field.min, field.max);
      case 'money':
        if (field.min !== undefined && field.max !== undefined && compareAmounts(field.min, field.max) > 0)
          issue(`${pointer}/min`, 'min-greater-than-max', { min: field.min, max: field.max });
        return checkCurrencies(pointer, field.currencies);
      case 'date':
        if (field.min !== undefined && field.max !== undefined && field.min > field.max)
          issue(`${pointer}/min`, 'min-greater-than-max', { min: field.min, max: field.max });
        return;
      case 'single-select':
        return checkOptions(`${pointer}/options`, field.options);
      case 'multi-select':
        checkOptions(`${pointer}/options`, field.options);
        checkRange(pointer, 'minItems', field.minItems, field.maxItems);
        if (field.minItems !== undefined && field.options.length > 0 && field.minItems > field.options.length)
          issue(`${pointer}/minItems`, 'min-items-above-options', {
            min: field.minItems,
            options: field.options.length,
          });
        return;
      case 'party':
        if (field.roles) checkOptions(`${pointer}/roles`, field.roles);
        return;
      case 'checkbox':
      case 'email':
      case 'phone':
      case 'file':
        return;
      default:
        return assertNever(field);
    }
  }

  function checkRange(pointer: string, minName: string, min: number | undefined, max: number | undefined): void {
    if (min !== undefined && max !== undefined && min > max)
      issue(`${pointer}/${minName}`, 'min-greater-than-max', { min, max });
  }

  function checkOptions(pointer: string, options: readonly FieldOption[]): void {
    if (options.length === 0) {
      issue(pointer, 'empty-select');
      return;
    }
    const seen = new Set<string>();
    options.forEach((option, index) => {
      if (seen.has(option.value)) issue(`${pointer}/${index}/value`, 'duplicate-option', { value: option.value });
      seen.add(option.value);
    });
  }

  function checkPattern(pointer: string, regex: string): void {
    if (regex.length > formLimits.pattern)
      issue(pointer, 'invalid-pattern', { reason: 'too-long', max: formLimits.pattern });
    else if (!compiles(regex)) issue(pointer, 'invalid-pattern', { reason: 'syntax' });
    else {
      const risk = patternRisk(regex);
      if (risk) issue(pointer, 'invalid-pattern', { reason: risk });
    }
  }

  function checkCurrencies(pointer: string, currencies: readonly string[]): void {
    const seen = new Set<string>();
    currencies.forEach((currency, index) => {
      if (!isIsoCurrencyCode(currency)) issue(`${pointer}/currencies/${index}`, 'unknown-currency', { currency });
      else if (seen.has(currency)) issue(`${pointer}/currencies/${index}`, 'duplicate-currency', { currency });
      seen.add(currency);
    });
  }
}

function compiles(regex: string): boolean {
  try {
    compilePattern(regex);
    return true;
  } catch {
    return false;
  }
}
