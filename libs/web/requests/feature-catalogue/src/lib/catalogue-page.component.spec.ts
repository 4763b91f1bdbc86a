import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { MatterSummary } from '@lexport/matters-published';
import type { CatalogueView } from '@lexport/requests-published';
import { mattersTexts } from '@lexport/web-matters-i18n';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { readYourWritesInterceptor, SessionStore } from '@lexport/web-shared-data-access';
import { translations } from '@lexport/web-shared-i18n';
import { CataloguePageComponent } from './catalogue-page.component';

@Component({ template: '' })
class ElsewhereComponent {}

const text = (en: string) => ({ en, fr: en });
const employment = {
  id: 'c1',
  name: 'Employment',
  description: 'Dismissals and disputes',
  types: [
    {
      id: 't1',
      name: text('Unfair dismissal'),
      description: text('You were dismissed and want to contest it.'),
      opens: 'case' as const,
      practiceArea: { id: 'p1', name: text('Labour law') },
    },
    {
      id: 't2',
      name: text('Employment contract review'),
      description: text(''),
      opens: 'matter' as const,
      practiceArea: null,
    },
  ],
};
const catalogue: CatalogueView = { categories: [employment], offered: 2 };
const recentRequest: MatterSummary = {
  id: 'm1',
  reference: 'M-2026-00042',
  kind: 'matter',
  subject: 'Review of the Acme contract',
  requestType: { id: 't2', name: text('Employment contract review') },
  practiceAreaId: 'p1',
  practiceArea: { id: 'p1', name: { en: 'Corporate', fr: 'Droit des sociétés' } },
  status: 'open',
  requester: { id: 'u1', name: 'Chloé' },
  organization: { id: 'o1', name: 'Acme' },
  assignee: null,
  requestedAt: '2026-11-30T10:00:00.000Z',
  lastActivityAt: '2026-11-30T10:00:00.000Z',
};

describe('the catalogue (home page)', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  async function open(url: string, roles: readonly string[] = ['client']): Promise<void> {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en, 'matters/en': mattersTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'catalogue', component: CataloguePageComponent },
            { path: '**', component: ElsewhereComponent },
          ],
          withComponentInputBinding(),
        ),
        {
          provide: SessionStore,
          useValue: {
            user: signal({
              id: 'u1',
              email: 'chloe@acme.test',
              name: 'Chloé',
              roles,
              organizationId: 'o1',
              language: 'en',
            }),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, CataloguePageComponent);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
  }

  afterEach(() => backend.verify());

  const answerCatalogue = (body: CatalogueView | null, status = 200) => {
    const request = backend.expectOne(
      (candidate) => candidate.url === '/api/requests/catalogue' && candidate.method === 'GET',
    );
    request.flush(body, status === 200 ? {} : { status, statusText: 'Failed' });
    return request.request;
  };
  const answerRecent = (items: readonly MatterSummary[]) => {
    const request = backend.expectOne((candidate) => candidate.url === '/api/matters');
    request.flush({ items, total: items.length, limit: 5, offset: 0 });
    return request.request;
  };
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const texts = (selector: string) =>
    Array.from(page().querySelectorAll(selector)).map((element) => element.textContent?.trim());
  const typeSearch = async (value: string) => {
    await (await loader.getHarness(MatInputHarness.with({ selector: '[type=search]' }))).setValue(value);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
  };

  it('shows each category as a heading over its request types, in the reader’s language', async () => {
    await open('/catalogue');
    const request = answerCatalogue(catalogue);
    answerRecent([]);
    expect(request.params.get('language')).toBe('en');
    expect(request.params.has('search')).toBe(false);
    await settle();
    expect(texts('h1')).toEqual(['What can we help you with?']);
    expect(texts('h2.category-name')).toEqual(['Employment']);
    expect(texts('ul.types h3')).toEqual(['Unfair dismissal', 'Employment contract review']);
    expect(texts('.kind-chip')).toEqual(['Case', 'Matter']);
    expect(page().querySelector('.practice-area')?.textContent).toContain('Labour law');
    expect(page().querySelector('[role=status].result-count')?.textContent?.trim()).toBe('2 request types offered');
  });

  it('starts a request type from its card', async () => {
    await open('/catalogue');
    answerCatalogue(catalogue);
    answerRecent([]);
    await settle();
    const start = await loader.getHarness(MatButtonHarness.with({ text: /Start/ }));
    expect(await (await start.host()).getAttribute('aria-label')).toBe('Start a request: Unfair dismissal');
    await start.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue/types/t1');
  });

  it('says when the legal team offers nothing yet', async () => {
    await open('/catalogue');
    answerCatalogue({ categories: [], offered: 0 });
    answerRecent([]);
    await settle();
    expect(page().textContent).toContain('No request types are offered yet');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Clear the search' }))).toHaveLength(0);
  });

  it('searches as the client types, keeps the search in the address and tells when nothing matches', async () => {
    await open('/catalogue');
    answerCatalogue(catalogue);
    answerRecent([]);
    await settle();
    await typeSearch('  tax ');
    expect(TestBed.inject(Router).url).toBe('/catalogue?search=tax');
    const search = answerCatalogue({ categories: [], offered: 2 });
    expect(search.params.get('search')).toBe('tax');
    await settle();
    expect(page().textContent).toContain('Nothing matches “tax”');
    expect(page().querySelector('.result-count')?.textContent?.trim()).toBe('No request type matches “tax”');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Clear the search' }))).click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue');
    expect(answerCatalogue(catalogue).params.has('search')).toBe(false);
    await settle();
    expect(texts('ul.types h3')).toHaveLength(2);
  });

  it('opens with the search of the address', async () => {
    await open('/catalogue?search=dismissal');
    const request = answerCatalogue({ categories: [{ ...employment, types: [employment.types[0]!] }], offered: 2 });
    answerRecent([]);
    expect(request.params.get('search')).toBe('dismissal');
    await settle();
    expect(await (await loader.getHarness(MatInputHarness.with({ selector: '[type=search]' }))).getValue()).toBe(
      'dismissal',
    );
    expect(page().querySelector('.result-count')?.textContent?.trim()).toBe('1 request type matches “dismissal”');
  });

  it('explains a failure and loads again on retry', async () => {
    await open('/catalogue');
    answerCatalogue(null, 0);
    answerRecent([]);
    await settle();
    expect(page().textContent).toContain('The catalogue could not be loaded');
    expect(page().textContent).toContain('The portal cannot be reached');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    answerCatalogue(catalogue);
    await settle();
    expect(texts('ul.types h3')).toHaveLength(2);
  });

  it('lists a client’s latest requests, each linking to its page', async () => {
    await open('/catalogue');
    answerCatalogue(catalogue);
    const recent = answerRecent([recentRequest]);
    expect(recent.params.get('limit')).toBe('5');
    await settle();
    const aside = page().querySelector('aside');
    expect(aside?.querySelector('h2')?.textContent).toContain('Your recent requests');
    const link = aside?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/requests/m1');
    expect(link?.textContent).toContain('M-2026-00042');
    expect(link?.textContent).toContain('Review of the Acme contract');
    expect(aside?.textContent).toContain('Open');
    expect(aside?.textContent).toContain('Submitted on Nov 30, 2026');
  });

  it('tells a client who has not asked anything yet where requests will appear', async () => {
    await open('/catalogue');
    answerCatalogue(catalogue);
    answerRecent([]);
    await settle();
    expect(page().querySelector('aside')?.textContent).toContain('You have not submitted any request yet.');
  });

  it('does not list requests for the legal team', async () => {
    await open('/catalogue', ['staff']);
    answerCatalogue(catalogue);
    backend.expectNone((candidate) => candidate.url === '/api/matters');
    await settle();
    expect(page().querySelector('aside')).toBeNull();
  });
});
