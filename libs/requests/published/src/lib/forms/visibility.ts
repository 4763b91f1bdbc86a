import { isPlainObject, ownValue } from './checks';
import { formFields } from './form-definition';
import type { FieldCondition, FormDefinition, FormField } from './form-definition';

/**
 * The keys of the fields shown for these answers, computed in reading order: a field with a condition is shown when
 * the field it depends on is shown and its answer matches — `equals` strictly (a multi-select answer matches when it
 * contains the value), `anyOf` when the answer is one of them (a multi-select answer, when it holds one of them).
 * Text answers are compared trimmed. An unticked or unanswered checkbox is `false`.
 *
 * A condition on the field itself, on a later or unknown field (all refused by `validateFormDefinition`) hides its
 * field: in one pass, such a field is not yet known to be shown.
 */
export function visibleFieldKeys(form: FormDefinition, answers: unknown): Set<string> {
  const source = isPlainObject(answers) ? answers : {};
  const fields = formFields(form);
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const visible = new Set<string>();
  for (const field of fields) {
    const condition = field.visibleWhen;
    const target = condition ? byKey.get(condition.field) : undefined;
    if (!condition) visible.add(field.key);
    else if (target && visible.has(target.key) && matches(target, ownValue(source, target.key), condition))
      visible.add(field.key);
  }
  return visible;
}

function matches(target: FormField, answer: unknown, condition: FieldCondition): boolean {
  const accepted = (value: unknown) =>
    'equals' in condition ? value === condition.equals : typeof value === 'string' && condition.anyOf.includes(value);
  if (target.type === 'checkbox') return accepted(answer === true);
  if (Array.isArray(answer)) return target.type === 'multi-select' && answer.some(accepted);
  return accepted(typeof answer === 'string' ? answer.trim() : answer);
}
