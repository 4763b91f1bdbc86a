import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
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
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorIntl, MatPaginatorModule } from '@angular/material/paginator';
import type { PageEvent } from '@angular/material/paginator';
import { MatSelectModule } from '@angular/material/select';
import { MatSortModule } from '@angular/material/sort';
import type { Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import { matterKinds, matterSortFields, matterStatuses } from '@lexport/matters-published';
import type { MatterKind, MatterSortField, MatterStatus, MatterSummary } from '@lexport/matters-published';
import { requestPath } from '@lexport/requests-published';
import type { CatalogueView, FormLanguage, LocalizedText } from '@lexport/requests-published';
import type { PageOf } from '@lexport/shared-published';
import { MattersApi, mattersProblemKey } from '@lexport/web-matters-data-access';
import type { MatterFilters } from '@lexport/web-matters-data-access';
import { mattersScope } from '@lexport/web-matters-i18n';
import { CatalogueApi } from '@lexport/web-requests-data-access';
import { SessionStore, toProblem } from '@lexport/web-shared-data-access';
import type { Problem } from '@lexport/web-shared-data-access';
import { EmptyStateComponent, PageHeaderComponent } from '@lexport/web-shared-ui';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { MattersPaginatorIntl } from './matters-paginator-intl';

/** The filters written in the address (`?kind=matter,case`): the API's own names, so that a link reads the same. */
type FilterParam = 'kind' | 'status' | 'practiceAreaId' | 'requestTypeId' | 'organizationId';

interface ShownFilters {
  readonly search: string;
  readonly kinds: readonly MatterKind[];
  readonly statuses: readonly MatterStatus[];
  readonly practiceAreaIds: readonly string[];
  readonly requestTypeIds: readonly string[];
  readonly organizationIds: readonly string[];
}

/** What the lists shown so far named, by id. */
interface Seen {
  readonly practiceAreas: ReadonlyMap<string, LocalizedText>;
  readonly requestTypes: ReadonlyMap<string, LocalizedText>;
  readonly organizations: ReadonlyMap<string, string>;
}

interface Choice {
  readonly id: string;
  readonly name: string;
}

type Loaded = { readonly page: PageOf<MatterSummary>; readonly filtered: boolean } | { readonly problem: Problem };

type Column =
  'reference' | 'subject' | 'requestType' | 'practiceArea' | 'status' | 'assignee' | 'requestedAt' | 'lastActivityAt';

const pageSizes = [10, 25, 50, 100] as const;
const defaultPageSize = 25;
/** The server's default order: the newest request first. */
const defaultSort: { readonly field: MatterSortField; readonly direction: 'asc' | 'desc' } = {
  field: 'requestedAt',
  direction: 'desc',
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const columnsFor: Record<'narrow' | 'medium' | 'wide', readonly Column[]> = {
  narrow: ['reference', 'subject', 'status'],
  medium: ['reference', 'subject', 'status', 'requestedAt', 'lastActivityAt'],
  wide: ['reference', 'subject', 'requestType', 'practiceArea', 'status', 'assignee', 'requestedAt', 'lastActivityAt'],
};

/**
 * The matters and cases the reader may see (a client their own or their organization's, the legal team all of them):
 * searched, filtered by chips that combine, sorted and paged, all of it in the address so that a shared link shows the
 * same list; the same list downloads as an Excel workbook.
 */
@Component({
  selector: 'lex-matters-list-page',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatChipsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatSelectModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    TranslocoDirective,
    EmptyStateComponent,
    PageHeaderComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [provideTranslocoScope(mattersScope), { provide: MatPaginatorIntl, useClass: MattersPaginatorIntl }],
  host: { class: 'lex-page' },
  templateUrl: './matters-list-page.component.html',
  styleUrl: './matters-list-page.component.scss',
})
export class MattersListPageComponent {
  private readonly api = inject(MattersApi);
  private readonly catalogueApi = inject(CatalogueApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly injector = inject(Injector);
  private readonly transloco = inject(TranslocoService);

  // The address's query parameters, bound by the router.
  readonly search = input<string>();
  readonly kind = input<string>();
  readonly status = input<string>();
  readonly practiceAreaId = input<string>();
  readonly requestTypeId = input<string>();
  readonly organizationId = input<string>();
  readonly sort = input<string>();
  readonly direction = input<string>();
  /** From 1, as people count pages. */
  readonly page = input<string>();
  readonly pageSize = input<string>();

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  private readonly searchInput = viewChild<ElementRef<HTMLInputElement>>('searchInput');
  /** The search last written to the address from the field, so that its echo does not overwrite later typing. */
  private sentSearch: string | null = null;

  protected readonly language = toSignal(
    this.transloco.langChanges$.pipe(map((language): FormLanguage => (language === 'fr' ? 'fr' : 'en'))),
    { initialValue: this.transloco.getActiveLang() === 'fr' ? 'fr' : 'en' },
  );
  protected readonly messageKey = mattersProblemKey;
  protected readonly requestPath = requestPath;
  protected readonly kinds = matterKinds;
  protected readonly statuses = matterStatuses;
  protected readonly pageSizes = [...pageSizes];

  private readonly roles = computed(() => this.session.user()?.roles ?? []);
  /** Only clients submit requests; the legal team sees everyone's, so it also filters by organization. */
  protected readonly isClient = computed(() => this.roles().includes('client'));
  protected readonly isStaff = computed(() => this.roles().some((role) => role === 'staff' || role === 'admin'));

  protected readonly filters = computed((): ShownFilters => ({
    search: (this.search() ?? '').trim(),
    kinds: known(this.kind(), matterKinds),
    statuses: known(this.status(), matterStatuses),
    practiceAreaIds: values(this.practiceAreaId()).filter((id) => uuid.test(id)),
    requestTypeIds: values(this.requestTypeId()).filter((id) => uuid.test(id)),
    organizationIds: this.isStaff() ? values(this.organizationId()) : [],
  }));
  protected readonly filtered = computed(() => {
    const { search, ...chips } = this.filters();
    return search !== '' || Object.values(chips).some((chosen) => chosen.length > 0);
  });
  protected readonly order = computed(() => {
    const field = known(this.sort(), matterSortFields)[0];
    if (!field) return defaultSort;
    const direction = this.direction() === 'asc' || this.direction() === 'desc' ? this.direction() : undefined;
    return { field, direction: (direction ?? 'asc') as 'asc' | 'desc' };
  });
  protected readonly shownPageSize = computed(() => {
    const size = Number(this.pageSize());
    return (pageSizes as readonly number[]).includes(size) ? size : defaultPageSize;
  });
  protected readonly pageIndex = computed(() => {
    const page = Number(this.page());
    return Number.isInteger(page) && page > 1 ? page - 1 : 0;
  });
  private readonly query = computed((): MatterFilters => ({
    ...this.filters(),
    sort: this.order().field,
    direction: this.order().direction,
  }));
  /** The same list, every page of it, in the reader's language. */
  protected readonly exportUrl = computed(() => this.api.exportUrl(this.query(), this.language()));

  private readonly attempt = signal(0);
  protected readonly loading = signal(true);
  private readonly loaded = signal<Loaded | null>(null);
  protected readonly problem = computed(() => {
    const loaded = this.loaded();
    return loaded && 'problem' in loaded ? loaded.problem : null;
  });
  protected readonly list = computed(() => {
    const loaded = this.loaded();
    return loaded && 'page' in loaded ? loaded.page : null;
  });
  protected readonly nothingYet = computed(() => {
    const loaded = this.loaded();
    return Boolean(loaded && 'page' in loaded && loaded.page.total === 0 && !loaded.filtered);
  });
  protected readonly nothingMatches = computed(() => {
    const loaded = this.loaded();
    return Boolean(loaded && 'page' in loaded && loaded.page.total === 0 && loaded.filtered);
  });
  protected readonly pages = computed(() => {
    const list = this.list();
    return list ? Math.max(1, Math.ceil(list.total / this.shownPageSize())) : 1;
  });
  /** What the live region reads once a list is shown: how many there are (the empty states speak for themselves). */
  protected readonly resultCount = computed(() => {
    const loaded = this.loaded();
    if (!loaded || !('page' in loaded) || this.loading() || loaded.page.total === 0) return null;
    const count = loaded.page.total;
    const form = count === 1 ? 'one' : 'other';
    return { key: `matters.list.${loaded.filtered ? 'matchCount' : 'count'}.${form}`, params: { count } };
  });

  /** Chips and choices: what the catalogue offers, and whatever the lists shown so far held (older types too). */
  private readonly catalogue = signal<CatalogueView | null>(null);
  private readonly seen = signal<Seen>({ practiceAreas: new Map(), requestTypes: new Map(), organizations: new Map() });
  protected readonly practiceAreaChoices = computed(() => {
    const offered = this.catalogue()?.categories.flatMap((category) => category.types) ?? [];
    const named = new Map(this.seen().practiceAreas);
    for (const type of offered) if (type.practiceArea) named.set(type.practiceArea.id, type.practiceArea.name);
    return choices(named, this.language());
  });
  protected readonly requestTypeChoices = computed(() => {
    const offered = this.catalogue()?.categories.flatMap((category) => category.types) ?? [];
    const named = new Map(this.seen().requestTypes);
    for (const type of offered) named.set(type.id, type.name);
    return choices(named, this.language());
  });
  protected readonly organizationChoices = computed(() =>
    [...this.seen().organizations]
      .map(([id, name]): Choice => ({ id, name }))
      .sort((first, second) => first.name.localeCompare(second.name, this.language())),
  );

  private readonly width = toSignal(
    inject(BreakpointObserver)
      .observe([Breakpoints.XSmall, Breakpoints.Small, Breakpoints.Medium])
      .pipe(
        map((state) =>
          state.breakpoints[Breakpoints.XSmall]
            ? 'narrow'
            : state.breakpoints[Breakpoints.Small] || state.breakpoints[Breakpoints.Medium]
              ? 'medium'
              : 'wide',
        ),
      ),
    { initialValue: 'wide' as const },
  );
  protected readonly columns = computed(() => columnsFor[this.width()]);
  /** Narrower screens drop columns; the subject cell then says what the dropped ones said. */
  protected readonly compact = computed(() => this.width() !== 'wide');
  protected readonly narrow = computed(() => this.width() === 'narrow');

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
      computed(() => ({
        query: this.query(),
        filtered: this.filtered(),
        limit: this.shownPageSize(),
        offset: this.pageIndex() * this.shownPageSize(),
        attempt: this.attempt(),
      })),
    )
      .pipe(
        distinctUntilChanged((previous, next) => JSON.stringify(previous) === JSON.stringify(next)),
        tap(() => this.loading.set(true)),
        switchMap(({ query, filtered, limit, offset }) =>
          this.api.list({ ...query, limit, offset }).pipe(
            map((page): Loaded => ({ page, filtered })),
            catchError((error: unknown) => of<Loaded>({ problem: toProblem(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loaded.set(loaded);
        this.loading.set(false);
        if (!('page' in loaded)) return;
        this.seen.update((seen) => remember(seen, loaded.page.items));
        // A shared link to a page that no longer exists shows the last one.
        if (loaded.page.items.length === 0 && loaded.page.offset > 0 && loaded.page.total > 0)
          void this.navigate({ page: this.pages() > 1 ? String(this.pages()) : null }, true);
      });
    this.catalogueApi
      .catalogue({ language: this.language() })
      .pipe(takeUntilDestroyed())
      // Without the catalogue, the chips offer what the lists shown so far held.
      .subscribe({ next: (view) => this.catalogue.set(view), error: () => undefined });
  }

  protected retry(): void {
    this.attempt.update((attempt) => attempt + 1);
  }

  protected choose(param: FilterParam, chosen: unknown): void {
    const list = Array.isArray(chosen) ? chosen.filter((value): value is string => typeof value === 'string') : [];
    void this.navigate({ [param]: list.length > 0 ? list.join(',') : null, page: null });
  }

  protected sortBy(sort: Sort): void {
    const field = known(sort.active, matterSortFields)[0] ?? defaultSort.field;
    const direction = sort.direction === 'desc' ? 'desc' : 'asc';
    const isDefault = field === defaultSort.field && direction === defaultSort.direction;
    void this.navigate({ sort: isDefault ? null : field, direction: isDefault ? null : direction, page: null });
  }

  protected turnPage(event: PageEvent): void {
    void this.navigate({
      page: event.pageIndex > 0 ? String(event.pageIndex + 1) : null,
      pageSize: event.pageSize === defaultPageSize ? null : String(event.pageSize),
    });
  }

  protected clearSearch(): void {
    this.searchControl.setValue('', { emitEvent: false });
    void this.showSearch('');
    this.focusSearch();
  }

  /** Search and chips go; the order and the page size stay. */
  protected clearFilters(): void {
    this.searchControl.setValue('', { emitEvent: false });
    this.sentSearch = '';
    void this.navigate({
      search: null,
      kind: null,
      status: null,
      practiceAreaId: null,
      requestTypeId: null,
      organizationId: null,
      page: null,
    });
    this.focusSearch();
  }

  private focusSearch(): void {
    afterNextRender(() => this.searchInput()?.nativeElement.focus(), { injector: this.injector });
  }

  private async showSearch(text: string): Promise<void> {
    if (text === (this.search() ?? '').trim()) return;
    this.sentSearch = text;
    await this.navigate({ search: text || null, page: null }, true);
  }

  private async navigate(queryParams: Record<string, string | null>, replaceUrl = false): Promise<void> {
    await this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge', replaceUrl });
  }
}

/** The values of a comma-separated parameter. */
function values(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The values of a parameter that the list knows (a hand-edited link may hold others). */
function known<Value extends string>(text: string | undefined, allowed: readonly Value[]): Value[] {
  return values(text).filter((value): value is Value => (allowed as readonly string[]).includes(value));
}

function choices(named: ReadonlyMap<string, LocalizedText>, language: FormLanguage): Choice[] {
  return [...named]
    .map(([id, name]): Choice => ({ id, name: name[language] || name.en }))
    .sort((first, second) => first.name.localeCompare(second.name, language));
}

function remember(seen: Seen, matters: readonly MatterSummary[]): Seen {
  const practiceAreas = new Map(seen.practiceAreas);
  const requestTypes = new Map(seen.requestTypes);
  const organizations = new Map(seen.organizations);
  for (const matter of matters) {
    if (matter.practiceArea) practiceAreas.set(matter.practiceArea.id, matter.practiceArea.name);
    requestTypes.set(matter.requestType.id, matter.requestType.name);
    if (matter.organization) organizations.set(matter.organization.id, matter.organization.name);
  }
  return { practiceAreas, requestTypes, organizations };
}
