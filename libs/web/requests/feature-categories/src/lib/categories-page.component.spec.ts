import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { readYourWritesInterceptor, SessionStore } from '@lexport/web-shared-data-access';
import { signal } from '@angular/core';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { CategoriesPageComponent } from './categories-page.component';

const employment = {
  id: 'c1',
  name: 'Employment',
  description: 'Dismissals and disputes',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

describe('request categories page', () => {
  let fixture: ComponentFixture<CategoriesPageComponent>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        CategoriesPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
        {
          provide: SessionStore,
          useValue: {
            user: signal({
              id: 's1',
              email: 'paul@firm.test',
              name: 'Paul',
              roles: ['staff'],
              organizationId: null,
              language: 'en',
            }),
          },
        },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CategoriesPageComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    fixture.detectChanges();
  });

  afterEach(() => backend.verify());

  const answerList = (body: object) => {
    const request = backend.expectOne(
      (candidate) => candidate.url === '/api/requests/categories' && candidate.method === 'GET',
    );
    request.flush(body);
    return request;
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lists the categories in a table', async () => {
    const request = answerList({ items: [employment], total: 1, limit: 25, offset: 0 });
    expect(request.request.params.get('sort')).toBe('name');
    await fixture.whenStable();
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['name']?.text).toEqual(['Employment']);
    expect(rows['description']?.text).toEqual(['Dismissals and disputes']);
  });

  it('invites staff to create the first category when the catalogue is empty', async () => {
    answerList({ items: [], total: 0, limit: 25, offset: 0 });
    await fixture.whenStable();
    expect(text()).toContain('No request categories yet');
    expect(await loader.getHarness(MatButtonHarness.with({ text: 'Create the first category' }))).toBeTruthy();
  });

  it('explains a failure in words and loads again on retry', async () => {
    backend
      .expectOne('/api/requests/categories?sort=name&direction=asc&limit=25&offset=0')
      .flush(null, { status: 0, statusText: 'Unknown Error' });
    await fixture.whenStable();
    expect(text()).toContain('The portal cannot be reached');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    answerList({ items: [employment], total: 1, limit: 25, offset: 0 });
    await fixture.whenStable();
    expect(text()).toContain('Employment');
  });

  it('creates a category, then reloads the list waiting for the write', async () => {
    answerList({ items: [], total: 0, limit: 25, offset: 0 });
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: /New category/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName=name]' }))).setValue('Tax');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();
    const post = backend.expectOne((candidate) => candidate.method === 'POST');
    expect(post.request.body).toEqual({ name: 'Tax', description: '' });
    post.flush(
      { id: 'c9', revision: 0, position: 17 },
      { status: 201, statusText: 'Created', headers: { 'x-lexport-position': '17' } },
    );
    await fixture.whenStable();
    const reload = answerList({ items: [{ ...employment, id: 'c9', name: 'Tax' }], total: 1, limit: 25, offset: 0 });
    expect(reload.request.headers.get('x-lexport-position')).toBe('17');
    await fixture.whenStable();
    expect(text()).toContain('Tax');
  });

  it('shows the server refusing a duplicate name beside the name field and keeps the dialog open', async () => {
    answerList({ items: [employment], total: 1, limit: 25, offset: 0 });
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: /New category/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (
      await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName=name]' }))
    ).setValue('employment');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();
    backend
      .expectOne((candidate) => candidate.method === 'POST')
      .flush(
        {
          type: 'urn:lexport:problem:category-name-taken',
          status: 409,
          code: 'category-name-taken',
          errors: [{ pointer: '/name', field: 'name', code: 'category-name-taken', message: 'taken' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(document.body.textContent).toContain('Another category already has this name.');
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(1);
  });

  it('does not send a name that is too short', async () => {
    answerList({ items: [employment], total: 1, limit: 25, offset: 0 });
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ text: /New category/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[formControlName=name]' }))).setValue('x');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Create' }))).click();
    expect(document.body.textContent).toContain('The name needs at least 2 characters.');
    backend.expectNone((candidate) => candidate.method === 'POST');
  });
});
