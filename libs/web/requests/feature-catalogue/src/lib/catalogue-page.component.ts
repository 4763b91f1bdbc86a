import { DatePipe } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { MatterSummary } from '@lexport/matters-published';
import { requestPath } from '@lexport/requests-published';
import type { CatalogueView, FormLanguage } from '@lexport/requests-published';
import { MattersApi } from '@lexport/web-matters-data-access';
import { mattersScope } from '@lexport/web-matters-i18n';
import { CatalogueApi, requestsProblemKey } from '@lexport/web-requests-data-access';
import { requestsScope } from '@lexport/web-requests-i18n';
import { SessionStore, toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';

type Loaded = { readonly view: CatalogueView; readonly search: string } | { readonly problem: Problem };

/**
 * The home page after sign-in: the request types clients may start, by category, searched in the reader's language
 * (the search is in the address, so that back and forward and a shared link show the same list); clients also see
 * their latest requests.
 */
@Component({
  selector: 'lex-catalogue-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(requestsScope, mattersScope)],
  host: { class: 'lex-page' },
  templateUrl: './catalogue-page.component.html',
  styleUrl: './catalogue-page.component.scss',
})
export class CataloguePageComponent {
  private readonly catalogueApi = inject(CatalogueApi);
  private readonly mattersApi = inject(MattersApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  /** `?search=`, bound by the router. */
  readonly search = input<string>();
  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('searchInput');
  /** The search last written to the address from the field, so that its echo does not overwrite later typing. */
  private sentSearch: string | null = null;

  protected readonly language = toSignal(
    this.transloco.langChanges$.pipe(map((language): FormLanguage => (language === 'fr' ? 'fr' : 'en'))),
    { initialValue: this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en' },
  );
  protected readonly messageKey = requestsProblemKey;
  protected readonly requestPath = requestPath;

  private readonly attempt = signal(0);
  protected readonly loading = signal(true);
  private readonly loaded = signal<Loaded | null>(null);
  protected readonly problem = computed(() => {
    const loaded = this.loaded();
    return loaded && 'problem' in loaded ? loaded.problem : null;
  });
  protected readonly catalogue = computed(() => {
    const loaded = this.loaded();
    return loaded && 'view' in loaded ? loaded.view : null;
  });
  /** The search the shown list answers (not what is being typed). */
  protected readonly searched = computed(() => {
    const loaded = this.loaded();
    return loaded && 'search' in loaded ? loaded.search : '';
  });
  protected readonly shownTypes = computed(
    () => this.catalogue()?.categories.reduce((sum, category) => sum + category.types.length, 0) ?? 0,
  );
  protected readonly nothingOffered = computed(() => this.catalogue()?.offered === 0);
  protected readonly nothingMatches = computed(
    () => !this.nothingOffered() && this.catalogue()?.categories.length === 0,
  );
  /** What the live region reads after each search: how many types are shown. */
  protected readonly resultCount = computed(() => {
    const catalogue = this.catalogue();
    if (!catalogue || this.loading() || catalogue.offered === 0) return null;
    const count = this.shownTypes();
    const search = this.searched();
    const form = count === 0 ? 'none' : count === 1 ? 'one' : 'other';
    return search
      ? { key: `requests.catalogue.matchCount.${form}`, params: { count, search } }
      : { key: `requests.catalogue.count.${form === 'one' ? 'one' : 'other'}`, params: { count } };
  });

  protected readonly isClient = computed(() => Boolean(this.session.user()?.roles.includes('client')));
  protected readonly recentLoading = signal(false);
  protected readonly recentProblem = signal<Problem | null>(null);
  protected readonly recent = signal<readonly MatterSummary[] | null>(null);

  constructor() {
    effect(() => {
      const search = this.search() ?? '';
      if (search === this.sentSearch) return;
      this.sentSearch = null;
      this.searchControl.setValue(search, { emitEvent: false });
    });
    this.searchControl.valueChanges
      .pipe(
        map((text) => text.trim()),
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(),
      )
      .subscribe((text) => void this.showSearch(text));
    toObservable(
      computed(() => ({ search: (this.search() ?? '').trim(), language: this.language(), attempt: this.attempt() })),
    )
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ search, language }) =>
          this.catalogueApi.catalogue({ search: search || undefined, language }).pipe(
            map((view): Loaded => ({ view, search })),
            catchError((error: unknown) => of<Loaded>({ problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        this.loading.set(false);
      });
    effect(() => {
      // Untracked: the request reads the read-your-writes position, which must not start it again.
      if (this.isClient()) untracked(() => this.loadRecent());
    });
  }

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  protected clearSearch(): void {
    this.searchControl.setValue('', { emitEvent: false });
    void this.showSearch('');
    afterNextRender(() => this.searchInput()?.nativeElement.focus(), { injector: this.injector });
  }

  protected loadRecent(): void {
    this.recentLoading.set(true);
    this.recentProblem.set(null);
    this.mattersApi.list({ limit: 5 }).subscribe({
      next: (page) => {
        this.recent.set(page.items);
        this.recentLoading.set(false);
      },
      error: (error: unknown) => {
        this.recentProblem.set(toProblem(error));
        this.recentLoading.set(false);
      },
    });
  }

  private async showSearch(text: string): Promise<void> {
    if (text === (this.search() ?? '').trim()) return;
    this.sentSearch = text;
    await this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { search: text || null },
      queryParamsHandling: 'merge',
      replaceUrl: true,
    });
  }
}
