import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { answerIssueCodes, formFields, requestsProblemCodes } from '@lexport/requests-published';
import type {
  FormLanguage,
  NormalizedAnswers,
  RequestFormView,
  SubmissionAccepted,
  SubmitRequestRequest,
} from '@lexport/requests-published';
import {
  CatalogueApi,
  HttpAttachmentUploader,
  newIdempotencyKey,
  requestsProblemKey,
  SubmissionsApi,
} from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { ATTACHMENT_UPLOADER, RequestFormComponent } from '@lexport/web-requests-ui';
import { toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { catchError, map, of, switchMap, tap } from 'rxjs';

/** What the confirmation page reads from the navigation, so that it need not ask the server. */
export interface SubmittedState {
  readonly reference: string;
  readonly kind: SubmissionAccepted['kind'];
}

/** One submission, as sent: a retry sends the same body under the same key. */
interface Attempt {
  readonly body: SubmitRequestRequest;
  readonly idempotencyKey: string;
}

/** A server's objection to one answer, worded for the reader. */
interface AnswerObjection {
  readonly label: string;
  readonly messageKey: string;
  readonly message: string;
}

type Loaded = { readonly requestType: RequestFormView } | { readonly problem: Problem };

/** Failures after which the submission may have been stored: retry with the same key, never a new one. */
const mayHaveArrived = (problem: Problem) => problem.status === 0 || problem.status >= 500;

/**
 * A client fills in the latest published form of a request type and submits it. The answers are checked in the
 * browser by the renderer and again by the server; a retry after a lost answer sends the same idempotency key, so
 * that a request is never submitted twice.
 */
@Component({
  selector: 'lex-request-form-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
    RequestFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [
    provideTranslocoScope(requestsScope),
    { provide: ATTACHMENT_UPLOADER, useExisting: HttpAttachmentUploader },
  ],
  host: { class: 'lex-page' },
  templateUrl: './request-form-page.component.html',
  styleUrl: './request-form-page.component.scss',
})
export class RequestFormPageComponent {
  private readonly catalogueApi = inject(CatalogueApi);
  private readonly submissionsApi = inject(SubmissionsApi);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  /** From the address, bound by the router. */
  readonly requestTypeId = input.required<string>();

  protected readonly language = toSignal(
    this.transloco.langChanges$.pipe(map((language): FormLanguage => (language === 'fr' ? 'fr' : 'en'))),
    { initialValue: this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en' },
  );
  protected readonly messageKey = requestsProblemKey;

  private readonly attempt = signal(0);
  protected readonly loading = signal(true);
  private readonly loaded = signal<Loaded | null>(null);
  protected readonly requestType = computed(() => {
    const loaded = this.loaded();
    return loaded && 'requestType' in loaded ? loaded.requestType : null;
  });
  protected readonly loadProblem = computed(() => {
    const loaded = this.loaded();
    return loaded && 'problem' in loaded ? loaded.problem : null;
  });
  protected readonly notOffered = computed(() => this.loadProblem()?.status === 404);

  protected readonly submitting = signal(false);
  protected readonly submitProblem = signal<Problem | null>(null);
  /** The submission sent last, kept while it may have reached the server. */
  private readonly pending = signal<Attempt | null>(null);
  protected readonly canRetry = computed(() => {
    const problem = this.submitProblem();
    return !!problem && mayHaveArrived(problem) && !!this.pending();
  });
  protected readonly objections = computed(() => this.objectionsOf(this.submitProblem()));
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    toObservable(computed(() => ({ requestTypeId: this.requestTypeId(), attempt: this.attempt() })))
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ requestTypeId }) =>
          this.catalogueApi.form(requestTypeId).pipe(
            map((requestType): Loaded => ({ requestType })),
            catchError((error: unknown) => of<Loaded>({ problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        this.loading.set(false);
      });
  }

  protected reload(): void {
    this.submitProblem.set(null);
    this.attempt.update((attempt) => attempt + 1);
  }

  /** The renderer found no issue: send the answers; the same answers again (after a failure) reuse their key. */
  protected submit(answers: NormalizedAnswers): void {
    const requestType = this.requestType();
    if (!requestType || this.submitting()) return;
    const body: SubmitRequestRequest = { requestTypeId: requestType.id, formVersion: requestType.formVersion, answers };
    const previous = this.pending();
    const idempotencyKey =
      previous && JSON.stringify(previous.body) === JSON.stringify(body)
        ? previous.idempotencyKey
        : newIdempotencyKey();
    this.send({ body, idempotencyKey });
  }

  protected retry(): void {
    const pending = this.pending();
    if (pending && !this.submitting()) this.send(pending);
  }

  private send(attempt: Attempt): void {
    this.pending.set(attempt);
    this.submitting.set(true);
    this.submitProblem.set(null);
    this.submissionsApi.submit(attempt.body, attempt.idempotencyKey).subscribe({
      next: (accepted) => {
        this.pending.set(null);
        const state: SubmittedState = { reference: accepted.reference, kind: accepted.kind };
        // Still "submitting" until the confirmation shows: no second click sends anything.
        void this.router.navigate(['/catalogue/submitted', accepted.id], { state: { submitted: state } });
      },
      error: (error: unknown) => {
        const problem = toProblem(error);
        if (!mayHaveArrived(problem)) this.pending.set(null);
        this.submitProblem.set(problem);
        this.submitting.set(false);
        afterNextRender(() => this.failureBox()?.nativeElement.focus(), { injector: this.injector });
      },
    });
  }

  /** The server's field errors (`/answers/<key>…`) under the label of the field they concern. */
  private objectionsOf(problem: Problem | null): AnswerObjection[] {
    const requestType = this.requestType();
    if (!problem || !requestType) return [];
    const fields = formFields(requestType.form);
    const language = this.language();
    return problem.fieldErrors.map((fieldError) => {
      const [, root, segment] = fieldError.pointer.split('/');
      const key = root === 'answers' ? decodePointerSegment(segment ?? '') : '';
      const field = fields.find((candidate) => candidate.key === key);
      return {
        label: field?.label[language] ?? fieldError.field,
        messageKey: objectionKey(fieldError.code),
        message: fieldError.message,
      };
    });
  }
}

function decodePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * Answer issues whose wording needs limits the server's field errors do not carry (`min`, `max`, the pattern's
 * message): for those, the server's own sentence.
 */
const issuesWithLimits: ReadonlySet<string> = new Set([
  'too-short',
  'too-long',
  'pattern',
  'below-min',
  'above-max',
  'too-few-items',
  'too-many-items',
  'too-many-files',
]);

/** The renderer's wording for an answer issue, the requests wording for a problem code, else the server's own. */
function objectionKey(code: string): string {
  if ((answerIssueCodes as readonly string[]).includes(code))
    return issuesWithLimits.has(code) ? '' : `requests.form.errors.${code}`;
  if ((requestsProblemCodes as readonly string[]).includes(code)) return `requests.errors.${code}`;
  return '';
}
