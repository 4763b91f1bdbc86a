import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule } from '@angular/material/paginator';
import type { PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import type { Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { requestsScope } from '@lexport/web-requests-i18n';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type { CategoryView } from '@lexport/requests-published';
import { CategoriesApi, requestsProblemKey } from '@lexport/web-requests-data-access';
import { SessionStore, toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent } from '@lexport/web-shared-ui';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { CategoryDialogComponent } from './category-dialog.component';
import type { CategoryDialogData } from './category-dialog.component';

type SortField = 'name' | 'updatedAt';

/** Legal staff maintain the catalogue of request categories that clients choose from. */
@Component({
  selector: 'lex-categories-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoDirective,
    EmptyStateComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope)],
  host: { class: 'lex-page' },
  templateUrl: './categories-page.component.html',
  styleUrl: './categories-page.component.scss',
})
export class CategoriesPageComponent {
  private readonly api = inject(CategoriesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly loading = signal(true);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly page = signal<PageOf<CategoryView> | null>(null);
  protected readonly sort = signal<{ field: SortField; direction: 'asc' | 'desc' }>({
    field: 'name',
    direction: 'asc',
  });
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(25);
  protected readonly searchText = signal('');
  protected readonly language = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly messageKey = requestsProblemKey;
  private readonly session = inject(SessionStore);
  /** Clients read the catalogue; legal staff maintain it. */
  protected readonly canEdit = computed(() =>
    Boolean(this.session.user()?.roles.some((role) => role === 'staff' || role === 'admin')),
  );

  private readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall])
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  protected readonly columns = computed(() =>
    this.compact() ? ['name', 'actions'] : ['name', 'description', 'updatedAt', 'actions'],
  );
  protected readonly isEmptyCatalogue = computed(() => this.page()?.total === 0 && this.searchText() === '');
  protected readonly nothingMatches = computed(() => this.page()?.total === 0 && this.searchText() !== '');

  constructor() {
    this.search.valueChanges.pipe(debounceTime(250), distinctUntilChanged(), takeUntilDestroyed()).subscribe((text) => {
      this.searchText.set(text.trim());
      this.pageIndex.set(0);
      this.load();
    });
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.problem.set(null);
    const sort = this.sort();
    this.api
      .list({
        search: this.searchText() || undefined,
        sort: sort.field,
        direction: sort.direction,
        limit: this.pageSize(),
        offset: this.pageIndex() * this.pageSize(),
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.page.set(page);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.problem.set(toProblem(error));
          this.loading.set(false);
        },
      });
  }

  protected sortBy(sort: Sort): void {
    const field: SortField = sort.active === 'updatedAt' ? 'updatedAt' : 'name';
    this.sort.set({ field, direction: sort.direction === 'desc' ? 'desc' : 'asc' });
    this.pageIndex.set(0);
    this.load();
  }

  protected changePage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
    this.pageSize.set(event.pageSize);
    this.load();
  }

  protected clearSearch(): void {
    this.search.setValue('');
  }

  protected create(): void {
    this.open({ mode: 'create' }, 'requests.categories.feedback.created');
  }

  protected rename(category: CategoryView): void {
    this.open({ mode: 'rename', category }, 'requests.categories.feedback.renamed');
  }

  private open(data: CategoryDialogData, feedbackKey: string): void {
    this.dialog
      .open<CategoryDialogComponent, CategoryDialogData, CommandAccepted>(CategoryDialogComponent, {
        data,
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((accepted) => {
        if (!accepted) return;
        this.snackBar.open(this.transloco.translate(feedbackKey), undefined, { duration: 4000, politeness: 'polite' });
        this.load();
      });
  }
}
