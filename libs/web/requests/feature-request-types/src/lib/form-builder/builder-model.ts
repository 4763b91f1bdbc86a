import { conditionFieldTypes, formDefinition, formLimits } from '@lexport/requests-published';
import type { FieldType, FormDefinition, FormField, LocalizedText } from '@lexport/requests-published';

/**
 * The form being built, as the builder edits it: the definition's sections and fields, each with an id of its own so
 * that the page keeps focus and drag state while keys, labels and order change. Nothing here is checked: an
 * unfinished form is a normal state, and the builder explains what is missing (see builder-issues.ts).
 */
export interface BuilderField {
  readonly id: number;
  readonly field: FormField;
}

export interface BuilderSection {
  readonly id: number;
  readonly key: string;
  readonly title: LocalizedText;
  readonly fields: readonly BuilderField[];
}

export interface BuilderForm {
  readonly sections: readonly BuilderSection[];
}

/** Where a field sits: its section and its place in it. */
export interface FieldPlace {
  readonly sectionIndex: number;
  readonly fieldIndex: number;
}

let lastId = 0;
const nextId = () => ++lastId;

export const emptyText = (): LocalizedText => ({ en: '', fr: '' });

export function fromDefinition(form: FormDefinition): BuilderForm {
  return {
    sections: form.sections.map((section) => ({
      id: nextId(),
      key: section.key,
      title: section.title,
      fields: section.fields.map((field) => ({ id: nextId(), field })),
    })),
  };
}

export function toDefinition(form: BuilderForm): FormDefinition {
  return {
    sections: form.sections.map((section) => ({
      key: section.key,
      title: section.title,
      fields: section.fields.map((entry) => entry.field),
    })),
  };
}

/**
 * The definition as the server stores it when it passes the schema (texts trimmed, limits filled in, keys in the
 * schema's order); as is otherwise. Two drafts that differ only in what the schema normalises compare equal.
 */
export function canonicalDraft(form: FormDefinition): string {
  const parsed = formDefinition.safeParse(form);
  return JSON.stringify(parsed.success ? parsed.data : form);
}

export function allFields(form: BuilderForm): BuilderField[] {
  return form.sections.flatMap((section) => section.fields);
}

export function findField(form: BuilderForm, fieldId: number): BuilderField | undefined {
  return allFields(form).find((entry) => entry.id === fieldId);
}

export function placeOf(form: BuilderForm, fieldId: number): FieldPlace | undefined {
  for (const [sectionIndex, section] of form.sections.entries()) {
    const fieldIndex = section.fields.findIndex((entry) => entry.id === fieldId);
    if (fieldIndex >= 0) return { sectionIndex, fieldIndex };
  }
  return undefined;
}

/** `base`, or `base2`, `base3`… : the first not taken. */
export function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}${suffix}`)) return `${base}${suffix}`;
}

/** "short-text" → "shortText": a key of the allowed shape. */
const keyBase = (type: FieldType) => type.replace(/-([a-z])/g, (_match, letter: string) => letter.toUpperCase());

/** A field of the type with what its schema requires and nothing else: labels are for staff to write. */
export function newField(type: FieldType, key: string): FormField {
  const common = { key, label: emptyText(), required: false };
  switch (type) {
    case 'short-text':
      return { ...common, type, maxLength: formLimits.shortText.defaultMax };
    case 'long-text':
      return { ...common, type, maxLength: formLimits.longText.defaultMax };
    case 'money':
      return { ...common, type, currencies: ['EUR'] };
    case 'single-select':
    case 'multi-select':
      return { ...common, type, options: [] };
    case 'file':
      return { ...common, type, maxFiles: formLimits.files.defaultMax };
    case 'number':
    case 'date':
    case 'checkbox':
    case 'email':
    case 'phone':
    case 'party':
      return { ...common, type };
  }
}

export function addSection(form: BuilderForm): { form: BuilderForm; sectionId: number } {
  const key = uniqueKey('section', new Set(form.sections.map((section) => section.key)));
  const section: BuilderSection = { id: nextId(), key, title: emptyText(), fields: [] };
  return { form: { sections: [...form.sections, section] }, sectionId: section.id };
}

export function changeSection(
  form: BuilderForm,
  sectionId: number,
  changes: Partial<Pick<BuilderSection, 'key' | 'title'>>,
): BuilderForm {
  return {
    sections: form.sections.map((section) => (section.id === sectionId ? { ...section, ...changes } : section)),
  };
}

export function removeSection(form: BuilderForm, sectionId: number): BuilderForm {
  return { sections: form.sections.filter((section) => section.id !== sectionId) };
}

export function moveSection(form: BuilderForm, sectionId: number, offset: -1 | 1): BuilderForm {
  const from = form.sections.findIndex((section) => section.id === sectionId);
  const to = from + offset;
  if (from < 0 || to < 0 || to >= form.sections.length) return form;
  return { sections: moved(form.sections, from, to) };
}

export function addField(
  form: BuilderForm,
  sectionId: number,
  type: FieldType,
): { form: BuilderForm; fieldId: number } {
  const key = uniqueKey(keyBase(type), new Set(allFields(form).map((entry) => entry.field.key)));
  const entry: BuilderField = { id: nextId(), field: newField(type, key) };
  return {
    form: {
      sections: form.sections.map((section) =>
        section.id === sectionId ? { ...section, fields: [...section.fields, entry] } : section,
      ),
    },
    fieldId: entry.id,
  };
}

/**
 * Replaces a field. A new key is carried over to the conditions that named the old one, unless another field still
 * has the old key (then which one they meant is not known).
 */
export function changeField(form: BuilderForm, fieldId: number, field: FormField): BuilderForm {
  const previous = findField(form, fieldId)?.field;
  const renamed =
    previous &&
    previous.key !== field.key &&
    !allFields(form).some((e) => e.id !== fieldId && e.field.key === previous.key)
      ? previous.key
      : undefined;
  return {
    sections: form.sections.map((section) => ({
      ...section,
      fields: section.fields.map((entry) => {
        if (entry.id === fieldId) return { ...entry, field };
        const condition = entry.field.visibleWhen;
        if (renamed === undefined || condition?.field !== renamed) return entry;
        return { ...entry, field: { ...entry.field, visibleWhen: { ...condition, field: field.key } } };
      }),
    })),
  };
}

export function removeField(form: BuilderForm, fieldId: number): BuilderForm {
  return {
    sections: form.sections.map((section) => ({
      ...section,
      fields: section.fields.filter((entry) => entry.id !== fieldId),
    })),
  };
}

/**
 * One step up or down in reading order: past the top of a section the field goes to the end of the section above,
 * past its bottom to the start of the section below, so that the keyboard alone can move a field anywhere.
 */
export function moveField(form: BuilderForm, fieldId: number, offset: -1 | 1): BuilderForm {
  const place = placeOf(form, fieldId);
  if (!place) return form;
  const section = form.sections[place.sectionIndex];
  if (!section) return form;
  const target = place.fieldIndex + offset;
  if (target >= 0 && target < section.fields.length) {
    return placeField(form, fieldId, place.sectionIndex, target);
  }
  const neighbour = form.sections[place.sectionIndex + offset];
  if (!neighbour) return form;
  return placeField(form, fieldId, place.sectionIndex + offset, offset < 0 ? neighbour.fields.length : 0);
}

/** Puts a field at a place, in its section or another one (a drop). */
export function placeField(form: BuilderForm, fieldId: number, sectionIndex: number, fieldIndex: number): BuilderForm {
  const entry = findField(form, fieldId);
  if (!entry || !form.sections[sectionIndex]) return form;
  const without = removeField(form, fieldId);
  return {
    sections: without.sections.map((section, index) => {
      if (index !== sectionIndex) return section;
      const fields = [...section.fields];
      fields.splice(Math.max(0, Math.min(fieldIndex, fields.length)), 0, entry);
      return { ...section, fields };
    }),
  };
}

/** Whether a field may move one step that way (see `moveField`). */
export function canMoveField(form: BuilderForm, fieldId: number, offset: -1 | 1): boolean {
  const place = placeOf(form, fieldId);
  if (!place) return false;
  const target = place.fieldIndex + offset;
  const section = form.sections[place.sectionIndex];
  if (section && target >= 0 && target < section.fields.length) return true;
  return Boolean(form.sections[place.sectionIndex + offset]);
}

/** The fields before this one, in reading order, that another field may be shown on. */
export function conditionTargets(form: BuilderForm, fieldId: number): FormField[] {
  const fields = allFields(form);
  const index = fields.findIndex((entry) => entry.id === fieldId);
  return fields
    .slice(0, Math.max(index, 0))
    .map((entry) => entry.field)
    .filter((field) => (conditionFieldTypes as readonly string[]).includes(field.type));
}

/** The draft's short-text fields: what a request's subject may be taken from. */
export function subjectCandidates(form: FormDefinition): FormField[] {
  return form.sections.flatMap((section) => section.fields).filter((field) => field.type === 'short-text');
}

export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
