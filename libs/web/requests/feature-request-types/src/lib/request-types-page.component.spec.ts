import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { RequestTypeSummary } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { RequestTypesPageComponent } from './request-types-page.component';

const categoryId = '0d6f7c1e-2f4b-4c7a-9a51-6e2b8d3c4f10';
const practiceAreaId = '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d';
const dismissal: RequestTypeSummary = {
  id: '3f0b6a0e-5b8e-4a55-9d0c-8c7e0d4a1b21',
  categoryId,
  name: { en: 'Dismissal', fr: 'Licenciement' },
  description: { en: '', fr: '' },
  opens: 'case',
  practiceAreaId,
  defaultAssigneeId: null,
  subjectField: null,
  status: 'offered',
  latestVersion: 2,
  unpublishedChanges: true,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('the request types page', () => {
  let fixture: ComponentFixture<RequestTypesPageComponent>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        RequestTypesPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RequestTypesPageComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const answerList = (items: readonly RequestTypeSummary[]) => {
    const request = backend.expectOne((candidate) => candidate.url === '/api/requests/types');
    request.flush({ items, total: items.length, limit: 500, offset: 0 });
    return request;
  };
  const answerReferences = () => {
    backend
      .expectOne((request) => request.url === '/api/requests/categories')
      .flush({
        items: [{ id: categoryId, name: 'Employment', description: '', createdAt: '', updatedAt: '' }],
        total: 1,
        limit: 200,
        offset: 0,
      });
    backend.expectOne('/api/requests/practice-areas').flush([
      {
        id: practiceAreaId,
        name: { en: 'Employment law', fr: 'Droit du travail' },
        memberIds: [],
        createdAt: '',
        updatedAt: '',
      },
    ]);
    backend.expectOne('/api/requests/legal-team').flush([]);
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lists every type with its category, practice area, status and published version', async () => {
    answerList([dismissal]);
    answerReferences();
    await fixture.whenStable();
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name']?.text[0]).toContain('Dismissal');
    expect(rows['name']?.text[0]).toContain('Unpublished changes');
    expect(rows['category']?.text).toEqual(['Employment']);
    expect(rows['practiceArea']?.text).toEqual(['Employment law']);
    expect(rows['status']?.text[0]).toContain('Offered');
    expect(rows['version']?.text).toEqual(['Version 2']);
  });

  it('filters by status on the server', async () => {
    answerList([dismissal]);
    answerReferences();
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'Retired' }))).check();
    const request = answerList([]);
    expect(request.request.params.get('status')).toBe('retired');
    await fixture.whenStable();
    expect(text()).toContain('No request type matches these filters');
  });

  it('creates a type and opens it in the form builder', async () => {
    answerList([]);
    answerReferences();
    await fixture.whenStable();
    expect(text()).toContain('No request types yet');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    await (await loader.getHarness(MatButtonHarness.with({ text: /New request type/ }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const [category, , practiceArea] = await dialog.getAllHarnesses(MatSelectHarness);
    await category!.clickOptions({ text: 'Employment' });
    await practiceArea!.clickOptions({ text: 'Employment law' });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[lang=en]' }))).setValue('Dismissal');
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[lang=fr]' }))).setValue('Licenciement');
    await (await dialog.getHarness(MatButtonHarness.with({ text: /Create and build the form/ }))).click();

    const post = backend.expectOne((request) => request.method === 'POST');
    expect(post.request.body).toEqual({
      categoryId,
      name: { en: 'Dismissal', fr: 'Licenciement' },
      description: { en: '', fr: '' },
      opens: 'matter',
      practiceAreaId,
      defaultAssigneeId: null,
      subjectField: null,
    });
    post.flush({ id: dismissal.id, revision: 0, position: 9 });
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    expect(navigate).toHaveBeenCalledWith([dismissal.id], expect.anything());
  });
});
