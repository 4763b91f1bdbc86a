import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  Injector,
  input,
  signal,
} from '@angular/core';
import type { OnInit } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { formDefinition } from '@lexport/requests-published';
import type { FormDefinition, FormLanguage, RequestTypeView } from '@lexport/requests-published';
import { requestsProblemKey, RequestTypesApi } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { RequestFormComponent } from '@lexport/web-requests-ui';
import { placeFieldErrors, toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { firstValueFrom, forkJoin, startWith } from 'rxjs';
import { ConfirmDialogComponent } from './confirm-dialog.component';
import type { ConfirmDialogData } from './confirm-dialog.component';
import { builderIssues, isDefinitionIssueCode, issueText } from './form-builder/builder-issues';
import type { BuilderIssue } from './form-builder/builder-issues';
import { canonicalDraft, fromDefinition, subjectCandidates, toDefinition } from './form-builder/builder-model';
import type { BuilderForm } from './form-builder/builder-model';
import { FormBuilderComponent } from './form-builder/form-builder.component';
import { localized, RequestTypeReferences, uiLanguage } from './references';
import type { References } from './references';
import { detailsForm, detailsOf } from './request-type-details';
import { RequestTypeDetailsFieldsComponent } from './request-type-details-fields.component';
import { RequestTypeStatusComponent } from './status-chip.component';
import type { HasUnsavedChanges } from './unsaved-changes.guard';

const formTab = 0;
const detailsTab = 1;

/** What the server refused on publishing, for the draft it was refused for. */
interface ServerIssues {
  readonly draft: string;
  readonly issues: readonly BuilderIssue[];
}

/**
 * One request type: its form, built with a live preview and checked as it is built, saved as a draft and published
 * as a new version; its details; retiring and reinstating it. The actions shown are those the server offers
 * (`actions`), plus publishing when the draft here has changes the server has not seen yet.
 */
@Component({
  selector: 'lex-request-type-editor',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTabsModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
    FormBuilderComponent,
    RequestFormComponent,
    RequestTypeDetailsFieldsComponent,
    RequestTypeStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  host: { class: 'lex-page', '(window:beforeunload)': 'warnBeforeUnload($event)' },
  templateUrl: './request-type-editor.component.html',
  styleUrl: './request-type-editor.component.scss',
})
export class RequestTypeEditorComponent implements OnInit, HasUnsavedChanges {
  /** From the route (`:requestTypeId`). */
  readonly requestTypeId = input.required<string>();

  private readonly api = inject(RequestTypesApi);
  private readonly referencesApi = inject(RequestTypeReferences);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);

  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly loadProblem = signal<Problem | null>(null);
  protected readonly view = signal<RequestTypeView | null>(null);
  protected readonly references = signal<References | null>(null);
  protected readonly tab = signal(formTab);
  protected readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  protected readonly builder = signal<BuilderForm>({ sections: [] });
  protected readonly definition = computed<FormDefinition>(() => toDefinition(this.builder()));
  private readonly canonical = computed(() => canonicalDraft(this.definition()));
  private readonly savedDraft = signal('');
  protected readonly draftDirty = computed(() => this.view() !== null && this.canonical() !== this.savedDraft());
  private readonly serverIssues = signal<ServerIssues>({ draft: '', issues: [] });
  protected readonly issues = computed<readonly BuilderIssue[]>(() => {
    const local = builderIssues(this.definition(), this.view()?.subjectField ?? null);
    const refused = this.serverIssues();
    if (refused.draft !== this.canonical()) return local;
    const known = new Set(local.map((issue) => `${issue.pointer} ${issue.code}`));
    return [...local, ...refused.issues.filter((issue) => !known.has(`${issue.pointer} ${issue.code}`))];
  });
  /** A draft that breaks the schema cannot even be saved. */
  protected readonly shapeIssueCount = computed(() => this.issues().filter((issue) => issue.kind === 'shape').length);
  protected readonly subjectIssue = computed(() => this.issues().find((issue) => issue.pointer === '/subjectField'));
  protected readonly revealIssues = signal(false);

  protected readonly details = detailsForm();
  private readonly savedDetails = signal('');
  private readonly detailsValue = toSignal(this.details.valueChanges.pipe(startWith(null)));
  protected readonly detailsDirty = computed(() => {
    this.detailsValue();
    return this.view() !== null && JSON.stringify(detailsOf(this.details)) !== this.savedDetails();
  });
  protected readonly detailsProblemKey = signal<string | null>(null);
  protected readonly subjectFields = computed(() => subjectCandidates(this.definition()));
  protected readonly subjectId = 'lex-request-type-subject';

  protected readonly canPublish = computed(
    () => Boolean(this.view()?.actions.includes('publish')) || this.draftDirty(),
  );
  protected readonly previewLanguage = signal<FormLanguage>(uiLanguage(this.transloco.getActiveLang()));
  /** `draft`, or the number of a published version to compare with. */
  protected readonly previewSource = signal<'draft' | number>('draft');
  private readonly versions = signal<ReadonlyMap<number, FormDefinition>>(new Map());
  protected readonly versionNumbers = computed(() =>
    Array.from({ length: this.view()?.latestVersion ?? 0 }, (_value, index) => index + 1).reverse(),
  );
  protected readonly previewForm = computed<FormDefinition | null>(() => {
    const source = this.previewSource();
    return source === 'draft' ? this.definition() : (this.versions().get(source) ?? null);
  });

  protected readonly describe = (issue: BuilderIssue) =>
    issueText(issue, (key, params) => this.transloco.translate(key, params));

  ngOnInit(): void {
    this.load();
  }

  hasUnsavedChanges(): boolean {
    return this.draftDirty() || this.detailsDirty();
  }

  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.hasUnsavedChanges()) event.preventDefault();
  }

  protected name(view: RequestTypeView): string {
    return localized(view.name, this.language());
  }

  protected load(): void {
    this.loading.set(true);
    this.loadProblem.set(null);
    forkJoin({ view: this.api.get(this.requestTypeId()), references: this.referencesApi.load() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ view, references }) => {
          this.references.set(references);
          this.take(view, { draft: true, details: true });
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loadProblem.set(toProblem(error));
          this.loading.set(false);
        },
      });
  }

  protected loadProblemKey(problem: Problem): string {
    return requestsProblemKey(problem.code);
  }

  /** Takes the server's view; the draft and details being edited are replaced only when asked (on first load). */
  private take(view: RequestTypeView, replace: { draft: boolean; details: boolean }): void {
    this.view.set(view);
    this.savedDraft.set(canonicalDraft(view.draft));
    if (replace.draft) this.builder.set(fromDefinition(view.draft));
    const saved = detailsForm(view);
    this.savedDetails.set(JSON.stringify(detailsOf(saved)));
    if (replace.details) {
      this.details.reset(saved.getRawValue());
    }
  }

  private async refresh(): Promise<void> {
    const view = await firstValueFrom(this.api.get(this.requestTypeId()));
    this.take(view, { draft: false, details: false });
  }

  /** Saves the draft as it is here; says whether it was saved. */
  protected async saveDraft(options: { quiet?: boolean } = {}): Promise<boolean> {
    const view = this.view();
    if (!view || this.busy()) return false;
    if (this.shapeIssueCount() > 0) {
      this.revealIssues.set(true);
      this.tab.set(formTab);
      this.tell('requests.builder.feedback.fixBeforeSaving', { count: this.shapeIssueCount() }, 'assertive');
      return false;
    }
    const sent = this.canonical();
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.saveDraft(view.id, formDefinition.parse(this.definition())));
      this.savedDraft.set(sent);
      await this.refresh();
      if (!options.quiet) this.tell('requests.builder.feedback.draftSaved');
      return true;
    } catch (error) {
      this.tellProblem(toProblem(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  protected async publish(): Promise<void> {
    const view = this.view();
    this.revealIssues.set(true);
    if (!view || this.busy() || this.issues().length > 0) return;
    if (this.draftDirty() && !(await this.saveDraft({ quiet: true }))) return;
    const published = this.canonical();
    this.busy.set(true);
    try {
      await firstValueFrom(this.api.publish(view.id));
      await this.refresh();
      this.tell('requests.builder.feedback.published', { version: this.view()?.latestVersion ?? '' });
    } catch (error) {
      const problem = toProblem(error);
      if (problem.code === 'invalid-form-definition') {
        this.serverIssues.set({ draft: published, issues: problem.fieldErrors.map(serverIssue) });
        this.tab.set(formTab);
        this.tell('requests.builder.feedback.refused', {}, 'assertive');
      } else if (problem.code === 'subject-field-not-in-form') {
        placeFieldErrors(this.details, problem);
        this.showDetails();
        this.tellProblem(problem);
      } else {
        this.tellProblem(problem);
      }
    } finally {
      this.busy.set(false);
    }
  }

  protected async retire(): Promise<void> {
    const view = this.view();
    if (!view || this.busy()) return;
    const confirmed = await firstValueFrom(
      this.dialog
        .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
          data: {
            title: this.transloco.translate('requests.requestTypes.retire.title', { name: this.name(view) }),
            message: this.transloco.translate('requests.requestTypes.retire.message'),
            confirm: this.transloco.translate('requests.requestTypes.retire.confirm'),
            cancel: this.transloco.translate('common.cancel'),
          },
          autoFocus: 'first-tabbable',
        })
        .afterClosed(),
    );
    if (confirmed) await this.command(this.api.retire(view.id), 'requests.requestTypes.feedback.retired');
  }

  protected async reinstate(): Promise<void> {
    const view = this.view();
    if (view && !this.busy())
      await this.command(this.api.reinstate(view.id), 'requests.requestTypes.feedback.reinstated');
  }

  protected async saveDetails(): Promise<void> {
    const view = this.view();
    this.details.markAllAsTouched();
    if (!view || this.details.invalid || this.busy()) return;
    const body = detailsOf(this.details);
    // The server checks the subject against the draft it has: a field added here must reach it first.
    const savedDraft = formDefinition.safeParse(view.draft);
    const subjectSaved =
      body.subjectField === null ||
      (savedDraft.success && subjectCandidates(savedDraft.data).some((field) => field.key === body.subjectField));
    if (!subjectSaved && !(await this.saveDraft({ quiet: true }))) return;
    this.busy.set(true);
    this.detailsProblemKey.set(null);
    try {
      await firstValueFrom(this.api.change(view.id, body));
      this.savedDetails.set(JSON.stringify(body));
      this.details.markAsPristine();
      await this.refresh();
      this.tell('requests.requestTypes.feedback.detailsSaved');
    } catch (error) {
      const problem = toProblem(error);
      if (!placeFieldErrors(this.details, problem)) this.detailsProblemKey.set(requestsProblemKey(problem.code));
    } finally {
      this.busy.set(false);
    }
  }

  protected showDetails(): void {
    this.tab.set(detailsTab);
    afterNextRender(() => this.document.getElementById(this.subjectId)?.focus(), { injector: this.injector });
  }

  protected choosePreview(source: 'draft' | number): void {
    const view = this.view();
    this.previewSource.set(source);
    if (source === 'draft' || !view || this.versions().has(source)) return;
    this.api
      .version(view.id, source)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (version) => this.versions.update((known) => new Map(known).set(version.version, version.form)),
        error: (error: unknown) => {
          this.previewSource.set('draft');
          this.tellProblem(toProblem(error));
        },
      });
  }

  private async command(request: ReturnType<RequestTypesApi['retire']>, feedbackKey: string): Promise<void> {
    this.busy.set(true);
    try {
      await firstValueFrom(request);
      await this.refresh();
      this.tell(feedbackKey);
    } catch (error) {
      this.tellProblem(toProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  private tell(key: string, params: Record<string, unknown> = {}, politeness: 'polite' | 'assertive' = 'polite'): void {
    this.snackBar.open(this.transloco.translate(key, params), undefined, { duration: 5000, politeness });
  }

  private tellProblem(problem: Problem): void {
    this.snackBar.open(this.transloco.translate(requestsProblemKey(problem.code)), undefined, {
      duration: 8000,
      politeness: 'assertive',
    });
  }
}

/** A publishing refusal's field error (`/draft/sections/0/fields/2/key`) as an issue of the draft. */
function serverIssue(error: { pointer: string; code: string }): BuilderIssue {
  const pointer = error.pointer.replace(/^\/draft(?=\/|$)/, '');
  return isDefinitionIssueCode(error.code)
    ? { pointer, kind: 'server', code: error.code, params: {} }
    : { pointer, kind: 'server', code: 'invalid-value', params: {} };
}
