import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  input,
  model,
  signal,
} from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { CdkDrag, CdkDragHandle, CdkDropList, CdkDropListGroup } from '@angular/cdk/drag-drop';
import type { CdkDragDrop } from '@angular/cdk/drag-drop';
import { DOCUMENT } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatMenuModule } from '@angular/material/menu';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { fieldTypes, formLimits } from '@lexport/requests-published';
import type { FieldType, FormField, LocalizedText } from '@lexport/requests-published';
import { BuilderErrors } from './builder-errors';
import { issueText, issuesUnder, sectionIssues } from './builder-issues';
import type { BuilderIssue } from './builder-issues';
import {
  addField,
  addSection,
  allFields,
  canMoveField,
  changeField,
  changeSection,
  conditionTargets,
  moveField,
  moveSection,
  placeField,
  placeOf,
  removeField,
  removeSection,
} from './builder-model';
import type { BuilderField, BuilderForm, BuilderSection } from './builder-model';
import { FieldEditorComponent } from './field-editor.component';

/** An icon per field type, for the list and the "Add a field" menu. */
export const fieldTypeIcons: Readonly<Record<FieldType, string>> = {
  'short-text': 'short_text',
  'long-text': 'notes',
  number: 'pin',
  money: 'payments',
  date: 'event',
  'single-select': 'radio_button_checked',
  'multi-select': 'checklist',
  checkbox: 'check_box',
  email: 'alternate_email',
  phone: 'call',
  party: 'person',
  file: 'attach_file',
};

interface SummaryItem {
  readonly issue: BuilderIssue;
  readonly where: string;
}

let nextBuilderId = 0;

const focusable = 'input, textarea, button, [tabindex]:not([tabindex="-1"])';

/**
 * The form builder: sections of fields, added from a menu, edited in place, reordered by drag and drop or by the
 * move buttons (which announce the new place), removed with an undo. It edits the draft it is given and shows each
 * issue beside what it is about, with a summary that leads to it.
 */
@Component({
  selector: 'lex-form-builder',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDropList,
    CdkDropListGroup,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatMenuModule,
    MatTooltipModule,
    TranslocoDirective,
    FieldEditorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [BuilderErrors],
  templateUrl: './form-builder.component.html',
  styleUrl: './form-builder.component.scss',
})
export class FormBuilderComponent {
  readonly form = model.required<BuilderForm>();
  readonly issues = input<readonly BuilderIssue[]>([]);
  /** After a save or publish attempt: every control shows its issues, touched or not. */
  readonly revealIssues = input(false);

  protected readonly errors = inject(BuilderErrors);
  private readonly transloco = inject(TranslocoService);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly snackBar = inject(MatSnackBar);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly prefix = `lex-builder-${nextBuilderId++}`;
  protected readonly fieldTypes = fieldTypes;
  protected readonly icons = fieldTypeIcons;
  protected readonly limits = formLimits;
  protected readonly expanded = signal<number | null>(null);
  private readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  protected readonly fieldCount = computed(() => allFields(this.form()).length);
  /** The issues about the form's sections and fields (the subject field's is the details' business). */
  protected readonly formIssues = computed(() =>
    this.issues().filter((issue) => issue.pointer.startsWith('/sections')),
  );
  protected readonly summary = computed<SummaryItem[]>(() =>
    this.formIssues().map((issue) => ({ issue, where: this.whereOf(issue) })),
  );

  protected readonly describe = (issue: BuilderIssue) =>
    issueText(issue, (key, params) => this.transloco.translate(key, params));

  constructor() {
    effect(() => this.errors.issues.set(this.issues()));
    effect(() => {
      if (this.revealIssues()) this.errors.revealed.set(true);
    });
  }

  protected sectionId(section: BuilderSection, part: string): string {
    return `${this.prefix}-s${section.id}-${part}`;
  }

  protected fieldId(entry: BuilderField, part: string): string {
    return `${this.prefix}-f${entry.id}-${part}`;
  }

  protected localized(text: LocalizedText): string {
    return text[this.language() === 'fr' ? 'fr' : 'en'].trim();
  }

  protected sectionName(section: BuilderSection): string {
    return this.localized(section.title) || section.key;
  }

  protected fieldName(field: FormField): string {
    return this.localized(field.label) || field.key;
  }

  protected fieldPointer(sectionIndex: number, fieldIndex: number): string {
    return `/sections/${sectionIndex}/fields/${fieldIndex}`;
  }

  protected fieldIssues(sectionIndex: number, fieldIndex: number): BuilderIssue[] {
    return issuesUnder(this.errors.issues(), this.fieldPointer(sectionIndex, fieldIndex));
  }

  /** A section's issues that no control of its own shows: it has no fields. */
  protected sectionListIssues(sectionIndex: number): BuilderIssue[] {
    const own = [`/sections/${sectionIndex}`, `/sections/${sectionIndex}/fields`];
    return sectionIssues(this.errors.issues(), sectionIndex).filter((issue) => own.includes(issue.pointer));
  }

  protected targetsOf(fieldId: number): FormField[] {
    return conditionTargets(this.form(), fieldId);
  }

  protected canMove(fieldId: number, offset: -1 | 1): boolean {
    return canMoveField(this.form(), fieldId, offset);
  }

  protected toggle(entry: BuilderField): void {
    this.expanded.update((current) => (current === entry.id ? null : entry.id));
  }

  protected addSection(): void {
    const { form, sectionId } = addSection(this.form());
    this.form.set(form);
    this.focus(`${this.prefix}-s${sectionId}-title-en`);
    this.announce('requests.builder.section.added', { number: form.sections.length });
  }

  protected changeSection(section: BuilderSection, changes: Partial<Pick<BuilderSection, 'key' | 'title'>>): void {
    this.form.update((form) => changeSection(form, section.id, changes));
  }

  protected setSectionTitle(section: BuilderSection, language: 'en' | 'fr', value: string): void {
    this.changeSection(section, { title: { ...section.title, [language]: value } });
  }

  protected moveSection(section: BuilderSection, offset: -1 | 1): void {
    const form = moveSection(this.form(), section.id, offset);
    if (form === this.form()) return;
    this.form.set(form);
    const index = form.sections.findIndex((candidate) => candidate.id === section.id);
    const atEnd = offset < 0 ? index === 0 : index === form.sections.length - 1;
    this.focus(this.sectionId(section, offset < 0 !== atEnd ? 'up' : 'down'));
    this.announce('requests.builder.section.moved', {
      name: this.sectionName(section),
      number: index + 1,
      total: form.sections.length,
    });
  }

  protected removeSection(section: BuilderSection): void {
    const before = this.form();
    const index = before.sections.findIndex((candidate) => candidate.id === section.id);
    this.form.set(removeSection(before, section.id));
    const next = this.form().sections[Math.min(index, this.form().sections.length - 1)];
    this.focus(next ? this.sectionId(next, 'title-en') : `${this.prefix}-add-section`);
    this.offerUndo('requests.builder.section.removed', { name: this.sectionName(section) }, () => {
      const sections = [...this.form().sections];
      sections.splice(Math.min(index, sections.length), 0, section);
      this.form.set({ sections });
      this.focus(this.sectionId(section, 'title-en'));
    });
  }

  protected addField(sectionId: number, type: FieldType): void {
    const { form, fieldId } = addField(this.form(), sectionId, type);
    this.form.set(form);
    this.expanded.set(fieldId);
    this.focus(`${this.prefix}-f${fieldId}-x-label-en`);
    this.announce('requests.builder.field.added', {
      type: this.transloco.translate(`requests.builder.fieldTypes.${type}`),
    });
  }

  protected changeField(entry: BuilderField, field: FormField): void {
    this.form.update((form) => changeField(form, entry.id, field));
  }

  protected move(entry: BuilderField, offset: -1 | 1): void {
    const form = moveField(this.form(), entry.id, offset);
    if (form === this.form()) return;
    this.form.set(form);
    const stillMovable = canMoveField(form, entry.id, offset);
    // Focus stays on the button pressed, or goes to the other one once the field cannot go further that way.
    this.focus(this.fieldId(entry, stillMovable === offset < 0 ? 'up' : 'down'));
    this.announcePlace(entry);
  }

  protected drop(event: CdkDragDrop<number, number, number>): void {
    const entry = allFields(this.form()).find((candidate) => candidate.id === event.item.data);
    if (!entry) return;
    if (event.previousContainer === event.container && event.previousIndex === event.currentIndex) return;
    this.form.set(placeField(this.form(), entry.id, event.container.data, event.currentIndex));
    this.announcePlace(entry);
  }

  protected removeField(entry: BuilderField): void {
    const before = this.form();
    const place = placeOf(before, entry.id);
    if (!place) return;
    const section = before.sections[place.sectionIndex];
    if (!section) return;
    this.form.set(removeField(before, entry.id));
    if (this.expanded() === entry.id) this.expanded.set(null);
    const remaining = section.fields.filter((candidate) => candidate.id !== entry.id);
    const next = remaining[Math.min(place.fieldIndex, remaining.length - 1)];
    this.focus(next ? this.fieldId(next, 'edit') : this.sectionId(section, 'add'));
    this.offerUndo('requests.builder.field.removed', { name: this.fieldName(entry.field) }, () => {
      const sectionIndex = this.form().sections.findIndex((candidate) => candidate.id === section.id);
      if (sectionIndex < 0) return;
      const sections = this.form().sections.map((candidate, index) => {
        if (index !== sectionIndex) return candidate;
        const fields = [...candidate.fields];
        fields.splice(Math.min(place.fieldIndex, fields.length), 0, entry);
        return { ...candidate, fields };
      });
      this.form.set({ sections });
      this.focus(this.fieldId(entry, 'edit'));
    });
  }

  /** Opens what an issue is about and puts the focus on the control that can fix it. */
  protected goTo(issue: BuilderIssue): void {
    this.errors.revealed.set(true);
    const match = /^\/sections\/(\d+)(?:\/fields\/(\d+))?(?:\/(.*))?$/.exec(issue.pointer);
    const section = this.form().sections[Number(match?.[1])];
    if (!match || !section) return;
    const rest = match[3] ?? '';
    if (match[2] === undefined) {
      const part = rest === 'fields' || rest === '' ? 'add' : rest.replaceAll('/', '-');
      this.focus(this.sectionId(section, part));
      return;
    }
    const entry = section.fields[Number(match[2])];
    if (!entry) return;
    this.expanded.set(entry.id);
    const candidates = controlIds(rest).map((part) => `${this.prefix}-f${entry.id}-x-${part}`);
    this.focus(...candidates, this.fieldId(entry, 'edit'));
  }

  private whereOf(issue: BuilderIssue): string {
    const match = /^\/sections\/(\d+)(?:\/fields\/(\d+))?/.exec(issue.pointer);
    const section = this.form().sections[Number(match?.[1])];
    if (!match || !section) return this.transloco.translate('requests.builder.summary.form');
    const entry = match[2] === undefined ? undefined : section.fields[Number(match[2])];
    return entry
      ? this.transloco.translate('requests.builder.summary.field', {
          name: this.fieldName(entry.field),
          section: this.sectionName(section),
        })
      : this.transloco.translate('requests.builder.summary.section', { name: this.sectionName(section) });
  }

  private announcePlace(entry: BuilderField): void {
    const form = this.form();
    const place = placeOf(form, entry.id);
    const section = place && form.sections[place.sectionIndex];
    if (!place || !section) return;
    this.announce('requests.builder.field.moved', {
      name: this.fieldName(entry.field),
      number: place.fieldIndex + 1,
      total: section.fields.length,
      section: this.sectionName(section),
    });
  }

  private offerUndo(key: string, params: Record<string, unknown>, undo: () => void): void {
    this.snackBar
      .open(this.transloco.translate(key, params), this.transloco.translate('requests.builder.undo'), {
        duration: 10000,
        politeness: 'polite',
      })
      .onAction()
      .subscribe(undo);
  }

  private announce(key: string, params: Record<string, unknown>): void {
    void this.announcer.announce(this.transloco.translate(key, params), 'polite');
  }

  /** After the next render, focuses the first of these elements that exists. */
  private focus(...ids: string[]): void {
    afterNextRender(
      () => {
        for (const id of ids) {
          const element = this.document.getElementById(id);
          // A Material checkbox or chip grid holds the focusable control inside the element with the id.
          const control = element?.matches(focusable) ? element : element?.querySelector<HTMLElement>(focusable);
          if (control) return control.focus();
        }
      },
      { injector: this.injector },
    );
  }
}

/** The ids (after the field's prefix) of the controls that can fix an issue at `rest`, closest first. */
function controlIds(rest: string): string[] {
  if (rest === 'visibleWhen') return ['condition-toggle'];
  if (rest.startsWith('visibleWhen/field')) return ['condition-field'];
  if (rest.startsWith('visibleWhen/')) return ['condition-value'];
  const parts = rest.split('/').filter(Boolean);
  const closest = parts.map((_part, index) => parts.slice(0, parts.length - index).join('-'));
  // An empty list of options or roles is fixed with its "Add" button.
  return parts.length === 1 ? [...closest, `${rest}-add`] : closest;
}
