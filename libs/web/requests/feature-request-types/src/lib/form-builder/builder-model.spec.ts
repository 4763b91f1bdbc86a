import { formDefinition } from '@lexport/requests-published';
import type { FormDefinition } from '@lexport/requests-published';
import {
  addField,
  addSection,
  canMoveField,
  canonicalDraft,
  changeField,
  conditionTargets,
  fromDefinition,
  moveField,
  placeField,
  toDefinition,
} from './builder-model';

const form: FormDefinition = formDefinition.parse({
  sections: [
    {
      key: 'matter',
      title: { en: 'Matter', fr: 'Affaire' },
      fields: [
        { type: 'checkbox', key: 'urgent', label: { en: 'Urgent', fr: 'Urgent' }, required: false },
        { type: 'short-text', key: 'subject', label: { en: 'Subject', fr: 'Objet' }, required: true },
      ],
    },
    {
      key: 'parties',
      title: { en: 'Parties', fr: 'Parties' },
      fields: [
        {
          type: 'long-text',
          key: 'why',
          label: { en: 'Why urgent', fr: 'Pourquoi' },
          required: false,
          visibleWhen: { field: 'urgent', equals: true },
        },
      ],
    },
  ],
});

const keys = (built: ReturnType<typeof fromDefinition>) =>
  built.sections.map((section) => section.fields.map((entry) => entry.field.key));

describe('the form being built', () => {
  it('gives back the definition it was made from', () => {
    expect(toDefinition(fromDefinition(form))).toEqual(form);
  });

  it('adds a field of a type with a key of its own and empty labels', () => {
    const built = fromDefinition(form);
    const first = addField(built, built.sections[0]!.id, 'short-text');
    const second = addField(first.form, built.sections[0]!.id, 'short-text');
    expect(keys(second.form)[0]).toEqual(['urgent', 'subject', 'shortText', 'shortText2']);
    const added = second.form.sections[0]!.fields[3]!.field;
    expect(added).toEqual({
      type: 'short-text',
      key: 'shortText2',
      label: { en: '', fr: '' },
      required: false,
      maxLength: 200,
    });
  });

  it('moves a field past the edge of its section into the next one, and not past the last', () => {
    const built = fromDefinition(form);
    const subject = built.sections[0]!.fields[1]!;
    const moved = moveField(built, subject.id, 1);
    expect(keys(moved)).toEqual([['urgent'], ['subject', 'why']]);
    const last = moved.sections[1]!.fields[1]!;
    expect(canMoveField(moved, last.id, 1)).toBe(false);
    expect(moveField(moved, last.id, 1)).toBe(moved);
    expect(keys(moveField(moved, subject.id, -1))).toEqual([['urgent', 'subject'], ['why']]);
  });

  it('drops a field at a place in another section', () => {
    const built = fromDefinition(form);
    const why = built.sections[1]!.fields[0]!;
    expect(keys(placeField(built, why.id, 0, 0))).toEqual([['why', 'urgent', 'subject'], []]);
  });

  it('carries a renamed key over to the conditions that named it', () => {
    const built = fromDefinition(form);
    const urgent = built.sections[0]!.fields[0]!;
    const renamed = changeField(built, urgent.id, { ...urgent.field, key: 'isUrgent' });
    expect(renamed.sections[1]!.fields[0]!.field.visibleWhen).toEqual({ field: 'isUrgent', equals: true });
  });

  it('offers only earlier fields of the kinds a condition can compare', () => {
    const built = fromDefinition(form);
    const why = built.sections[1]!.fields[0]!;
    expect(conditionTargets(built, why.id).map((field) => field.key)).toEqual(['urgent', 'subject']);
    expect(conditionTargets(built, built.sections[0]!.fields[0]!.id)).toEqual([]);
  });

  it('adds sections with their own keys', () => {
    const once = addSection(fromDefinition(form));
    const twice = addSection(once.form);
    expect(twice.form.sections.map((section) => section.key)).toEqual(['matter', 'parties', 'section', 'section2']);
  });

  it('compares drafts as the server stores them', () => {
    const untrimmed = { ...form, sections: [{ ...form.sections[0]!, title: { en: 'Matter ', fr: 'Affaire' } }] };
    const trimmed = { ...form, sections: [form.sections[0]!] };
    expect(canonicalDraft(untrimmed)).toBe(canonicalDraft(trimmed));
  });
});
