import { Location } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import type { OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { requestKinds, requestPath } from '@lexport/requests-published';
import type { RequestKind } from '@lexport/requests-published';
import { MattersApi } from '@lexport/web-matters-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import type { SubmittedState } from './request-form-page.component';

/** Where a navigation's state may carry the submission, if it came from the form. */
function submittedState(state: unknown): Partial<SubmittedState> {
  const submitted = (state as { submitted?: unknown } | null | undefined)?.submitted;
  if (!submitted || typeof submitted !== 'object') return {};
  const { reference, kind } = submitted as Record<string, unknown>;
  return {
    reference: typeof reference === 'string' ? reference : undefined,
    kind: (requestKinds as readonly unknown[]).includes(kind) ? (kind as RequestKind) : undefined,
  };
}

/**
 * Says the request was received, under which reference, and what happens next. The form hands the reference over in
 * the navigation; opened afresh (a reload), the page asks the matters context.
 */
@Component({
  selector: 'lex-submitted-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  host: { class: 'lex-page' },
  template: `
    <ng-container *transloco="let t">
      <section class="confirmation" aria-labelledby="lex-submitted-title">
        <mat-icon class="icon" aria-hidden="true">task_alt</mat-icon>
        <h1 #title id="lex-submitted-title" class="page-title" tabindex="-1">
          @if (shownReference(); as shown) {
            {{ t('requests.submission.submitted.title', { reference: shown }) }}
          } @else {
            {{ t('requests.submission.submitted.titleWithoutReference') }}
          }
        </h1>
        <div class="progress-slot">
          @if (looking()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="t('common.loading')" />
          }
        </div>
        @if (kind(); as opened) {
          <p class="opened">{{ t('requests.submission.submitted.opened.' + opened) }}</p>
        }
        <h2 class="next-title">{{ t('requests.submission.submitted.next') }}</h2>
        <ol class="steps">
          <li>{{ t('requests.submission.submitted.steps.review') }}</li>
          <li>{{ t('requests.submission.submitted.steps.contact') }}</li>
          <li>{{ t('requests.submission.submitted.steps.follow') }}</li>
        </ol>
        <div class="actions">
          <a mat-flat-button [routerLink]="requestLink()">{{ t('requests.submission.submitted.viewRequest') }}</a>
          <a mat-stroked-button routerLink="/">{{ t('requests.submission.submitted.home') }}</a>
        </div>
      </section>
    </ng-container>
  `,
  styles: `
    .confirmation {
      max-width: 680px;
    }
    .icon {
      width: 48px;
      height: 48px;
      font-size: 48px;
      color: var(--mat-sys-primary);
    }
    .page-title {
      margin-top: 8px;
    }
    .page-title:focus {
      outline: none;
    }
    .opened {
      font: var(--mat-sys-body-large);
    }
    .next-title {
      margin: 24px 0 8px;
      font: var(--mat-sys-title-large);
    }
    .steps {
      margin: 0;
      padding-left: 24px;
      font: var(--mat-sys-body-large);
    }
    .steps li + li {
      margin-top: 8px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-top: 32px;
    }
  `,
})
export class SubmittedPageComponent implements OnInit {
  private readonly matters = inject(MattersApi);
  /** From the address, bound by the router. */
  readonly requestId = input.required<string>();
  /** `?reference=`, when a link carries it. */
  readonly reference = input<string>();

  private readonly handedOver = submittedState(
    inject(Router).currentNavigation()?.extras.state ?? inject(Location).getState(),
  );
  private readonly found = signal<Partial<SubmittedState>>({});
  protected readonly looking = signal(false);
  protected readonly shownReference = computed(
    () => this.handedOver.reference ?? this.reference() ?? this.found().reference ?? null,
  );
  protected readonly kind = computed(() => this.handedOver.kind ?? this.found().kind ?? null);
  protected readonly requestLink = computed(() => requestPath(this.requestId()));
  private readonly title = viewChild<ElementRef<HTMLElement>>('title');

  constructor() {
    // The submit button that had the focus is gone with the form: the outcome gets it, and screen readers read it.
    afterNextRender(() => this.title()?.nativeElement.focus());
  }

  ngOnInit(): void {
    if (this.handedOver.reference && this.handedOver.kind) return;
    this.looking.set(true);
    this.matters.get(this.requestId()).subscribe({
      next: (matter) => {
        this.found.set({ reference: matter.reference, kind: matter.kind });
        this.looking.set(false);
      },
      // The request was accepted: without its reference, the page still says so and links to it.
      error: () => this.looking.set(false),
    });
  }
}
