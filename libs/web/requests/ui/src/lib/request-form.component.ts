import { DOCUMENT } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  Injector,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import type { AbstractControl, FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import {
  answerPointer,
  formFields,
  isAnswered,
  normalizeAnswers,
  validateAnswers,
  visibleFieldKeys,
} from '@lexport/requests-published';
import type {
  AnswerIssue,
  FieldOption,
  FormDefinition,
  FormField,
  FormLanguage,
  FormSection,
  NormalizedAnswers,
} from '@lexport/requests-published';
import { requestsScope } from '@lexport/web-requests-i18n';
import { ATTACHMENT_UPLOADER } from './attachment-uploader';
import type { UploadedAttachment } from './attachment-uploader';
import { buildControls, draftAnswers, keptValues } from './form-draft';
import type { FormDraft, Kept } from './form-draft';

/** Transloco's `t` as the template hands it over. */
type Translate = (key: string, params?: Record<string, unknown>) => string;

interface Upload {
  readonly id: number;
  readonly fieldKey: string;
  readonly name: string;
  readonly progress: number;
  readonly failed: boolean;
}

/** The part of a group that holds the field's own issues (`required` on the whole party is shown under its name). */
const firstParts: readonly string[] = ['amount', 'name'];

let nextFormId = 0;
let nextUploadId = 0;

/**
 * A request form, rendered from its definition in one language and checked by the same `validateAnswers` the server
 * runs: a field's messages appear once it was left or after a submit attempt, a submit with issues lists them at the
 * top and moves focus to the first, and only shown, answered fields are ever part of the answers. With `preview`, the
 * form builder shows it live: nothing is submitted or uploaded.
 */
@Component({
  selector: 'lex-request-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoDirective,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  templateUrl: './request-form.component.html',
  styleUrl: './request-form.component.scss',
})
export class RequestFormComponent {
  readonly form = input.required<FormDefinition>();
  /** The language of the form's texts and of the component's own. */
  readonly language = input.required<FormLanguage>();
  readonly disabled = input(false);
  readonly preview = input(false);
  /** The shown, answered fields as typed, on every change; not yet checked. */
  readonly answersChange = output<Readonly<Record<string, unknown>>>();
  /** The normalized answers, once the person submits answers `validateAnswers` finds no issue in. */
  readonly submitted = output<NormalizedAnswers>();

  private readonly uploader = inject(ATTACHMENT_UPLOADER, { optional: true });
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly id = `lex-request-form-${nextFormId++}`;
  /** What was typed, kept when the definition changes (a live preview) under the same key and type. */
  private kept: ReadonlyMap<string, Kept> = new Map();
  protected readonly controls = computed(() => buildControls(this.form(), this.kept));
  private readonly draft = signal<FormDraft>({});
  private readonly everyAnswer = computed(() => draftAnswers(this.form(), this.draft()));
  protected readonly visible = computed(() => visibleFieldKeys(this.form(), this.everyAnswer()));
  /** Shown, answered fields only: what a submit sends. */
  readonly answers = computed(() => {
    const visible = this.visible();
    const all = this.everyAnswer();
    return Object.fromEntries(
      formFields(this.form())
        .filter((field) => visible.has(field.key) && isAnswered(field, all[field.key]))
        .map((field) => [field.key, all[field.key]]),
    );
  });
  readonly issues = computed(() => validateAnswers(this.form(), this.answers()));

  protected readonly submitAttempted = signal(false);
  protected readonly uploads = signal<readonly Upload[]>([]);
  protected readonly uploadsPending = computed(() => this.uploads().some((upload) => !upload.failed));
  /** Files left out of a pick because the field was full, by field key. */
  protected readonly filesLeftOut = signal<Readonly<Record<string, boolean>>>({});
  protected readonly canUpload = computed(() => !!this.uploader && !this.preview() && !this.disabled());
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor() {
    effect((onCleanup) => {
      const form = this.form();
      const { group } = this.controls();
      const read = () => {
        const draft: FormDraft = group.getRawValue();
        this.kept = keptValues(form, draft);
        this.draft.set(draft);
      };
      read();
      const subscription = group.valueChanges.subscribe(() => {
        read();
        this.answersChange.emit(this.answers());
      });
      onCleanup(() => subscription.unsubscribe());
    });
    effect(() => {
      const { group } = this.controls();
      if (this.disabled()) group.disable({ emitEvent: false });
      else group.enable({ emitEvent: false });
    });
  }

  protected shownFields(section: FormSection): FormField[] {
    const visible = this.visible();
    return section.fields.filter((field) => visible.has(field.key));
  }

  protected fieldId(field: FormField, part?: string): string {
    return part ? `${this.id}-${field.key}-${part}` : `${this.id}-${field.key}`;
  }

  protected optionsOf(field: FormField): readonly FieldOption[] {
    if (field.type === 'single-select' || field.type === 'multi-select') return field.options;
    return field.type === 'party' ? (field.roles ?? []) : [];
  }

  protected currenciesOf(field: FormField): readonly string[] {
    return field.type === 'money' ? field.currencies : [];
  }

  protected maxLengthOf(field: FormField): number | null {
    return field.type === 'short-text' || field.type === 'long-text' ? field.maxLength : null;
  }

  protected maxFilesOf(field: FormField): number {
    return field.type === 'file' ? field.maxFiles : 0;
  }

  protected dateLimit(field: FormField, limit: 'min' | 'max'): string | null {
    return field.type === 'date' ? (field[limit] ?? null) : null;
  }

  protected inputType(field: FormField): string {
    if (field.type === 'email' || field.type === 'date') return field.type;
    return field.type === 'phone' ? 'tel' : 'text';
  }

  protected inputMode(field: FormField): string {
    return field.type === 'number' && field.integer ? 'numeric' : 'decimal';
  }

  /** The issue a control shows: a part's own, or for the whole field (the first part also shows the field's). */
  protected issueFor(field: FormField, part?: string): AnswerIssue | undefined {
    const base = answerPointer(field.key);
    return this.issues().find((issue) =>
      part === undefined
        ? issue.pointer === base || issue.pointer.startsWith(`${base}/`)
        : issue.pointer === `${base}/${part}` || (firstParts.includes(part) && issue.pointer === base),
    );
  }

  /** Whether a control without a form field (a checkbox, the file list) shows its issue. */
  protected showsIssue(field: FormField, control: AbstractControl): boolean {
    return !!this.issueFor(field) && (this.submitAttempted() || control.touched);
  }

  /** Material shows `mat-error` when this says so: the control has an issue and was left, or a submit was tried. */
  protected matcher(field: FormField, part?: string): ErrorStateMatcher {
    const key = `${field.key}/${part ?? ''}`;
    let matcher = this.matchers.get(key);
    if (!matcher) {
      matcher = {
        isErrorState: (control) => {
          const current = this.fieldByKey(field.key);
          return !!current && !!this.issueFor(current, part) && (this.submitAttempted() || !!control?.touched);
        },
      };
      this.matchers.set(key, matcher);
    }
    return matcher;
  }

  protected message(t: Translate, issue: AnswerIssue, field: FormField): string {
    const key = (name: string) => `requests.form.errors.${name}`;
    switch (issue.code) {
      case 'pattern':
        return String(issue.params[this.language()] ?? '');
      case 'required':
        return t(key(field.type === 'checkbox' ? 'required-checkbox' : 'required'));
      case 'wrong-type':
        return t(
          key(field.type === 'number' ? 'not-a-number' : field.type === 'money' ? 'invalid-amount' : 'wrong-type'),
        );
      case 'below-min':
      case 'above-max': {
        const limit = issue.params[issue.code === 'below-min' ? 'min' : 'max'];
        return t(key(field.type === 'date' ? `date-${issue.code}` : issue.code), {
          limit: this.limitText(field, limit),
        });
      }
      default:
        return t(key(issue.code), issue.params);
    }
  }

  protected submit(): void {
    if (this.preview() || this.disabled()) return;
    this.submitAttempted.set(true);
    this.controls().group.markAllAsTouched();
    if (this.uploadsPending()) return;
    const answers = this.answers();
    const [first] = validateAnswers(this.form(), answers);
    if (first) {
      afterNextRender(() => this.focus(first.pointer), { injector: this.injector });
      return;
    }
    this.submitted.emit(normalizeAnswers(this.form(), answers));
  }

  /** From the error summary: the link's target gets focus without the router reading the fragment. */
  protected goTo(event: Event, pointer: string): void {
    event.preventDefault();
    this.focus(pointer);
  }

  protected summaryLabel(issue: AnswerIssue): FormField | undefined {
    return this.fieldByKey(issue.pointer.split('/')[2] ?? '');
  }

  protected elementId(pointer: string): string {
    const [, , key = '', part] = pointer.split('/');
    const field = this.fieldByKey(key);
    if (!field) return this.id;
    if (field.type === 'checkbox') return `${this.fieldId(field)}-input`;
    const ownPart = (field.type === 'money' || field.type === 'party') && part && !firstParts.includes(part);
    return ownPart ? this.fieldId(field, part) : this.fieldId(field);
  }

  private focus(pointer: string): void {
    this.document.getElementById(this.elementId(pointer))?.focus();
  }

  private fieldByKey(key: string): FormField | undefined {
    return formFields(this.form()).find((field) => field.key === key);
  }

  private limitText(field: FormField, limit: string | number | undefined): string {
    const language = this.language();
    if (limit === undefined) return '';
    if (field.type === 'date')
      return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${limit}T00:00:00Z`),
      );
    return new Intl.NumberFormat(language).format(typeof limit === 'number' ? limit : (limit as `${number}`));
  }

  protected fileSize(bytes: number): string {
    const [value, unit] =
      bytes >= 1_000_000
        ? [bytes / 1_000_000, 'megabyte']
        : bytes >= 1000
          ? [bytes / 1000, 'kilobyte']
          : [bytes, 'byte'];
    // Bytes in words ("142 bytes", "142 octets"): the short form of that unit is "142 byte" in English.
    return new Intl.NumberFormat(this.language(), {
      style: 'unit',
      unit,
      unitDisplay: unit === 'byte' ? 'long' : 'short',
      maximumFractionDigits: 1,
    }).format(value);
  }

  protected uploadsOf(field: FormField): Upload[] {
    return this.uploads().filter((upload) => upload.fieldKey === field.key);
  }

  protected pickFiles(field: FormField, control: FormControl<UploadedAttachment[]>, event: Event): void {
    const picker = event.target as HTMLInputElement;
    const files = Array.from(picker.files ?? []);
    picker.value = '';
    const uploader = this.uploader;
    if (!uploader || !this.canUpload()) return;
    const room =
      this.maxFilesOf(field) - control.value.length - this.uploadsOf(field).filter((upload) => !upload.failed).length;
    const accepted = files.slice(0, Math.max(0, room));
    this.filesLeftOut.update((left) => ({ ...left, [field.key]: accepted.length < files.length }));
    for (const file of accepted) {
      const id = nextUploadId++;
      const change = (update: (upload: Upload) => Upload | null) =>
        this.uploads.update((uploads) =>
          uploads.flatMap((upload) => (upload.id === id ? (update(upload) ?? []) : [upload])),
        );
      this.uploads.update((uploads) => [
        ...uploads,
        { id, fieldKey: field.key, name: file.name, progress: 0, failed: false },
      ]);
      let stored = false;
      uploader
        .upload(file)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (event) => {
            if ('attachment' in event) {
              stored = true;
              control.setValue([...control.value, event.attachment]);
              control.markAsTouched();
              change(() => null);
            } else change((upload) => ({ ...upload, progress: event.progress }));
          },
          error: () => change((upload) => ({ ...upload, failed: true })),
          complete: () => {
            if (!stored) change((upload) => ({ ...upload, failed: true }));
          },
        });
    }
  }

  protected removeFile(field: FormField, control: FormControl<UploadedAttachment[]>, attachmentId: string): void {
    control.setValue(control.value.filter((attachment) => attachment.attachmentId !== attachmentId));
    control.markAsTouched();
    this.filesLeftOut.update((left) => ({ ...left, [field.key]: false }));
    this.focusAfterRemoval(field);
  }

  protected dismissUpload(field: FormField, id: number): void {
    this.uploads.update((uploads) => uploads.filter((upload) => upload.id !== id));
    this.focusAfterRemoval(field);
  }

  /** The removed row took the focus with it: give it to the field's button, enabled again if the field was full. */
  private focusAfterRemoval(field: FormField): void {
    afterNextRender(() => this.document.getElementById(this.fieldId(field))?.focus(), { injector: this.injector });
  }
}
