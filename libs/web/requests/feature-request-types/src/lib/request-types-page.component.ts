import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { requestTypeStatuses } from '@lexport/requests-published';
import type { LocalizedText, RequestTypeStatus, RequestTypeSummary } from '@lexport/requests-published';
import type { CommandAccepted } from '@lexport/shared-published';
import { requestsProblemKey, RequestTypesApi } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { toProblem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { forkJoin, map, of } from 'rxjs';
import type { Observable } from 'rxjs';
import { localized, RequestTypeReferences } from './references';
import type { References } from './references';
import { RequestTypeDialogComponent } from './request-type-dialog.component';
import { RequestTypeStatusComponent } from './status-chip.component';

type StatusFilter = RequestTypeStatus | 'all';

/** The legal team's request types, drafts and retired ones included: where a type is created and opened to edit. */
@Component({
  selector: 'lex-request-types-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatSelectModule,
    MatTableModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
    RequestTypeStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  host: { class: 'lex-page' },
  templateUrl: './request-types-page.component.html',
  styleUrl: './request-types-page.component.scss',
})
export class RequestTypesPageComponent {
  private readonly api = inject(RequestTypesApi);
  private readonly referencesApi = inject(RequestTypeReferences);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = requestTypeStatuses;
  protected readonly loading = signal(true);
  protected readonly problemKey = signal<string | null>(null);
  protected readonly types = signal<readonly RequestTypeSummary[] | null>(null);
  protected readonly references = signal<References | null>(null);
  protected readonly status = signal<StatusFilter>('all');
  protected readonly categoryId = signal<string | null>(null);
  protected readonly filtered = computed(() => this.status() !== 'all' || this.categoryId() !== null);
  protected readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });

  private readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.compact() ? ['name', 'status'] : ['name', 'category', 'opens', 'practiceArea', 'status', 'version'],
  );

  private readonly categoryNames = computed(
    () => new Map((this.references()?.categories ?? []).map((category) => [category.id, category.name])),
  );
  private readonly practiceAreaNames = computed(
    () => new Map((this.references()?.practiceAreas ?? []).map((area) => [area.id, area.name])),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.problemKey.set(null);
    const status = this.status();
    forkJoin({
      page: this.api.list({
        status: status === 'all' ? undefined : status,
        categoryId: this.categoryId() ?? undefined,
        limit: 500,
      }),
      references: this.loadedReferences(),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ page, references }) => {
          this.references.set(references);
          this.types.set(page.items);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.problemKey.set(requestsProblemKey(toProblem(error).code));
          this.loading.set(false);
        },
      });
  }

  /** Categories, practice areas and the team are loaded once; the list again on every filter. */
  private loadedReferences(): Observable<References> {
    const references = this.references();
    return references ? of(references) : this.referencesApi.load();
  }

  protected filterStatus(status: StatusFilter): void {
    this.status.set(status);
    this.load();
  }

  protected filterCategory(categoryId: string | null): void {
    this.categoryId.set(categoryId);
    this.load();
  }

  protected clearFilters(): void {
    this.status.set('all');
    this.categoryId.set(null);
    this.load();
  }

  protected name(text: LocalizedText): string {
    return localized(text, this.language());
  }

  protected categoryOf(type: RequestTypeSummary): string {
    return this.categoryNames().get(type.categoryId) ?? '—';
  }

  protected practiceAreaOf(type: RequestTypeSummary): string {
    const name = this.practiceAreaNames().get(type.practiceAreaId);
    return name ? this.name(name) : '—';
  }

  protected create(): void {
    const references = this.references();
    if (!references) return;
    this.dialog
      .open<RequestTypeDialogComponent, References, CommandAccepted>(RequestTypeDialogComponent, {
        data: references,
        autoFocus: 'first-tabbable',
        width: 'min(640px, 95vw)',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(this.transloco.translate('requests.requestTypes.feedback.created'), undefined, {
          duration: 4000,
          politeness: 'polite',
        });
        void this.router.navigate([accepted.id], { relativeTo: this.route });
      });
  }
}
