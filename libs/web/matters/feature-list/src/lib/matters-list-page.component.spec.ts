import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import type { TestRequest } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipListboxHarness } from '@angular/material/chips/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MatterSummary } from '@lexport/matters-published';
import type { CatalogueView } from '@lexport/requests-published';
import { mattersTexts } from '@lexport/web-matters-i18n';
import { SessionStore } from '@lexport/web-shared-data-access';
import { translations } from '@lexport/web-shared-i18n';
import { MattersListPageComponent } from './matters-list-page.component';

@Component({ template: '' })
class ElsewhereComponent {}

const text = (en: string) => ({ en, fr: en });
const labour = '6f1c2a8e-4b7d-4e2a-9c3f-1a2b3c4d5e6f';
const tax = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';
const dismissal = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const contractReview = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const catalogue: CatalogueView = {
  offered: 2,
  categories: [
    {
      id: 'c1',
      name: 'Employment',
      description: '',
      types: [
        {
          id: dismissal,
          name: text('Unfair dismissal'),
          description: text(''),
          opens: 'case',
          practiceArea: { id: labour, name: text('Labour law') },
        },
        {
          id: contractReview,
          name: text('Employment contract review'),
          description: text(''),
          opens: 'matter',
          practiceArea: { id: tax, name: text('Tax') },
        },
      ],
    },
  ],
};
const matter = (overrides: Partial<MatterSummary> = {}): MatterSummary => ({
  id: 'm1',
  reference: 'M-2026-00042',
  kind: 'matter',
  subject: 'Review of the Acme contract',
  requestType: { id: contractReview, name: text('Employment contract review') },
  practiceAreaId: tax,
  practiceArea: { id: tax, name: text('Tax') },
  status: 'open',
  requester: { id: 'u1', name: 'Chloé' },
  organization: { id: 'acme', name: 'Acme' },
  assignee: null,
  requestedAt: '2026-11-30T10:00:00.000Z',
  lastActivityAt: '2026-12-02T10:00:00.000Z',
  ...overrides,
});
const twoMatters = [
  matter(),
  matter({
    id: 'm2',
    reference: 'C-2026-00007',
    kind: 'case',
    subject: 'Dismissal of Chloé',
    requestType: { id: dismissal, name: text('Unfair dismissal') },
    practiceAreaId: labour,
    practiceArea: { id: labour, name: text('Labour law') },
    status: 'on-hold',
    organization: { id: 'globex', name: 'Globex' },
    assignee: { id: 's1', name: 'Maître Durand' },
  }),
];

describe('the matters and cases list', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  async function open(url: string, roles: readonly string[] = ['client']): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'matters/en': mattersTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'matters', component: MattersListPageComponent },
            { path: '**', component: ElsewhereComponent },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: SessionStore,
          useValue: {
            user: signal({ id: 'u1', email: 'chloe@acme.test', name: 'Chloé', roles, organizationId: 'acme' }),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, MattersListPageComponent);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
    backend.expectOne((candidate) => candidate.url === '/api/requests/catalogue').flush(catalogue);
  }

  afterEach(() => backend.verify());

  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    await harness.fixture.whenStable();
  };
  const answerList = async (items: readonly MatterSummary[], total = items.length): Promise<TestRequest> => {
    const request = backend.expectOne((candidate) => candidate.url === '/api/matters');
    const limit = Number(request.request.params.get('limit'));
    request.flush({ items, total, limit, offset: Number(request.request.params.get('offset')) });
    await settle();
    return request;
  };
  const params = (request: TestRequest) =>
    Object.fromEntries(request.request.params.keys().map((key) => [key, request.request.params.get(key)]));
  const page = () => harness.routeNativeElement as HTMLElement;
  const url = () => TestBed.inject(Router).url;
  const texts = (selector: string) =>
    Array.from(page().querySelectorAll(selector)).map((element) => element.textContent?.trim());
  const liveRegion = () => page().querySelector('[role=status].result-count')?.textContent?.trim();
  const exportLink = () => page().querySelector<HTMLAnchorElement>('a[download]');
  const selectedChips = async (selector: string) => {
    const listbox = await loader.getHarness(MatChipListboxHarness.with({ selector }));
    return Promise.all((await listbox.getChips({ selected: true })).map((chip) => chip.getText()));
  };
  const chip = async (selector: string, label: string) => {
    const listbox = await loader.getHarness(MatChipListboxHarness.with({ selector }));
    const [option] = await listbox.getChips({ text: label });
    if (!option) throw new Error(`No chip ${label}`);
    return option;
  };

  it('lists what the reader may see, newest request first, each linking to its page', async () => {
    await open('/matters');
    const request = await answerList(twoMatters);
    expect(params(request)).toEqual({ sort: 'requestedAt', direction: 'desc', limit: '25', offset: '0' });

    const table = await loader.getHarness(MatTableHarness);
    const columns = await table.getCellTextByColumnName();
    expect(texts('td a.reference')).toEqual(['M-2026-00042', 'C-2026-00007']);
    expect(texts('td .kind')).toEqual(['Matter', 'Case']);
    expect(columns['subject']?.text).toEqual(['Review of the Acme contract', 'Dismissal of Chloé']);
    expect(columns['requestType']?.text).toEqual(['Employment contract review', 'Unfair dismissal']);
    expect(columns['practiceArea']?.text).toEqual(['Tax', 'Labour law']);
    expect(columns['status']?.text).toEqual(['Open', 'On hold']);
    expect(columns['assignee']?.text).toEqual(['Not assigned yet', 'Maître Durand']);
    expect(columns['requestedAt']?.text).toEqual(['Nov 30, 2026', 'Nov 30, 2026']);
    expect(columns['lastActivityAt']?.text).toEqual(['Dec 2, 2026', 'Dec 2, 2026']);
    expect(page().querySelector('td a')?.getAttribute('href')).toBe('/requests/m1');
    expect(page().querySelector('caption')?.textContent?.trim()).toBe('Matters and cases: 2 in all, page 1 of 1');
    expect(liveRegion()).toBe('2 matters and cases');

    const sort = await loader.getHarness(MatSortHarness);
    const active = await sort.getActiveHeader();
    expect(await active?.getLabel()).toBe('Requested');
    expect(await active?.getSortDirection()).toBe('desc');
    expect(exportLink()?.getAttribute('href')).toBe('/api/matters/export?sort=requestedAt&direction=desc&language=en');
    const newRequest = await loader.getHarness(MatButtonHarness.with({ text: /Request a new matter/ }));
    expect(await (await newRequest.host()).getAttribute('href')).toBe('/catalogue');
  });

  it('offers the practice areas and request types of the catalogue as filters', async () => {
    await open('/matters');
    await answerList(twoMatters);
    const areas = await loader.getHarness(MatChipListboxHarness.with({ selector: '.practice-area-filter' }));
    expect(await Promise.all((await areas.getChips()).map((option) => option.getText()))).toEqual([
      'Labour law',
      'Tax',
    ]);
    const types = await loader.getHarness(MatSelectHarness.with({ selector: '.request-type-filter' }));
    await types.open();
    expect(await Promise.all((await types.getOptions()).map((option) => option.getText()))).toEqual([
      'Employment contract review',
      'Unfair dismissal',
    ]);
    // Clients see their own organization's requests only: no organization filter.
    expect(await loader.getAllHarnesses(MatSelectHarness.with({ selector: '.organization-filter' }))).toHaveLength(0);
  });

  it('opens with the search, filters, order and page of a shared link', async () => {
    await open(
      `/matters?search=acme&kind=case&status=open,on-hold&practiceAreaId=${labour}&sort=reference&direction=asc&page=2&pageSize=10`,
    );
    const request = await answerList(twoMatters, 12);
    expect(params(request)).toEqual({
      search: 'acme',
      kind: 'case',
      status: 'open,on-hold',
      practiceAreaId: labour,
      sort: 'reference',
      direction: 'asc',
      limit: '10',
      offset: '10',
    });
    expect(await selectedChips('.kind-filter')).toEqual(['Case']);
    expect(await selectedChips('.status-filter')).toEqual(['Open', 'On hold']);
    expect(await selectedChips('.practice-area-filter')).toEqual(['Labour law']);
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[type=search]' }))).getValue()).toBe(
      'acme',
    );
    const active = await (await loader.getHarness(MatSortHarness)).getActiveHeader();
    expect(await active?.getLabel()).toBe('Reference');
    expect(await active?.getSortDirection()).toBe('asc');
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('11–12 of 12');
    expect(await paginator.getPageSize()).toBe(10);
    expect(liveRegion()).toBe('12 matters and cases match these filters');
    expect(exportLink()?.getAttribute('href')).toBe(
      `/api/matters/export?search=acme&kind=case&status=open,on-hold&practiceAreaId=${labour}&sort=reference&direction=asc&language=en`,
    );
  });

  it('combines filter chips in the address, back on the first page, and asks the API for any of them', async () => {
    await open('/matters?page=2');
    await answerList(twoMatters, 40);

    await (await chip('.kind-filter', 'Case')).select();
    await settle();
    expect(url()).toBe('/matters?kind=case');
    expect(params(await answerList(twoMatters))).toMatchObject({ kind: 'case', offset: '0' });

    await (await chip('.status-filter', 'Open')).select();
    await settle();
    await answerList(twoMatters);
    await (await chip('.status-filter', 'Closed')).select();
    await settle();
    expect(url()).toBe('/matters?kind=case&status=open,closed');
    expect(params(await answerList(twoMatters))).toMatchObject({ kind: 'case', status: 'open,closed' });
    expect(exportLink()?.getAttribute('href')).toContain('kind=case&status=open,closed');
  });

  it('filters by request type from its menu', async () => {
    await open('/matters');
    await answerList(twoMatters);
    const types = await loader.getHarness(MatSelectHarness.with({ selector: '.request-type-filter' }));
    await types.open();
    await types.clickOptions({ text: 'Unfair dismissal' });
    await settle();
    expect(url()).toBe(`/matters?requestTypeId=${dismissal}`);
    expect(params(await answerList([twoMatters[1]!]))).toMatchObject({ requestTypeId: dismissal });
  });

  it('sorts by a column and keeps the order in the address', async () => {
    await open('/matters');
    await answerList(twoMatters);
    const [subject] = await (await loader.getHarness(MatSortHarness)).getSortHeaders({ label: 'Subject' });
    await subject?.click();
    await settle();
    expect(url()).toBe('/matters?sort=subject&direction=asc');
    expect(params(await answerList(twoMatters))).toMatchObject({ sort: 'subject', direction: 'asc', offset: '0' });
  });

  it('turns pages with a paginator that speaks the reader’s language', async () => {
    await open('/matters');
    await answerList(twoMatters, 60);
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1–25 of 60');
    await paginator.goToNextPage();
    await settle();
    expect(url()).toBe('/matters?page=2');
    expect(params(await answerList(twoMatters, 60))).toMatchObject({ limit: '25', offset: '25' });
    expect(await (await loader.getHarness(MatPaginatorHarness)).getRangeLabel()).toBe('26–50 of 60');
    expect(page().querySelector('button[aria-label="Next page"]')).not.toBeNull();
  });

  it('searches as the reader types, once typing pauses', async () => {
    await open('/matters?page=3');
    await answerList(twoMatters, 80);
    await (await loader.getHarness(MatInputHarness.with({ selector: '[type=search]' }))).setValue(' lease ');
    backend.expectNone((candidate) => candidate.url === '/api/matters');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    expect(url()).toBe('/matters?search=lease');
    expect(params(await answerList([]))).toMatchObject({ search: 'lease', offset: '0' });
  });

  it('tells a client with no request yet where to start one', async () => {
    await open('/matters');
    await answerList([]);
    expect(page().textContent).toContain('You have no matters or cases yet');
    const start = await loader.getHarness(MatButtonHarness.with({ text: 'Go to the catalogue' }));
    expect(await (await start.host()).getAttribute('href')).toBe('/catalogue');
    expect(exportLink()).toBeNull();
    expect(await loader.getAllHarnesses(MatTableHarness)).toHaveLength(0);
  });

  it('says when nothing matches the filters, and clears them but keeps the order', async () => {
    await open('/matters?status=closed&search=zzz&sort=reference&direction=asc');
    await answerList([]);
    expect(page().textContent).toContain('Nothing matches these filters');
    expect(page().textContent).not.toContain('You have no matters or cases yet');
    const clear = await loader.getAllHarnesses(MatButtonHarness.with({ text: /Clear filters/ }));
    await clear[clear.length - 1]?.click();
    await settle();
    expect(url()).toBe('/matters?sort=reference&direction=asc');
    expect(params(await answerList(twoMatters))).toEqual({
      sort: 'reference',
      direction: 'asc',
      limit: '25',
      offset: '0',
    });
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[type=search]' }))).getValue()).toBe('');
    expect(await selectedChips('.status-filter')).toEqual([]);
  });

  it('explains a failure and loads again on retry', async () => {
    await open('/matters');
    backend
      .expectOne((candidate) => candidate.url === '/api/matters')
      .flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(page().textContent).toContain('The matters and cases could not be loaded');
    expect(page().textContent).toContain('The portal cannot be reached');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    await answerList(twoMatters);
    expect(await (await loader.getHarness(MatTableHarness)).getRows()).toHaveLength(2);
  });

  it('lets the legal team filter by the organizations of the requests it sees', async () => {
    await open('/matters', ['staff']);
    await answerList(twoMatters);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Request a new matter/ }))).toHaveLength(0);
    const organizations = await loader.getHarness(MatSelectHarness.with({ selector: '.organization-filter' }));
    await organizations.open();
    expect(await Promise.all((await organizations.getOptions()).map((option) => option.getText()))).toEqual([
      'Acme',
      'Globex',
    ]);
    await organizations.clickOptions({ text: 'Globex' });
    await settle();
    expect(url()).toBe('/matters?organizationId=globex');
    expect(params(await answerList([twoMatters[1]!]))).toMatchObject({ organizationId: 'globex' });
  });

  it('tells the legal team when no client has asked anything yet', async () => {
    await open('/matters', ['staff']);
    await answerList([]);
    expect(page().textContent).toContain('There are no matters or cases yet');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Go to the catalogue' }))).toHaveLength(0);
  });
});
