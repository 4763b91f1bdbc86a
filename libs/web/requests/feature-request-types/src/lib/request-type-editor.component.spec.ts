import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSnackBarHarness } from '@angular/material/snack-bar/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FormDefinition, RequestTypeView } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { readYourWritesInterceptor } from '@lexport/web-shared-data-access';
import { translations } from '@lexport/web-shared-i18n';
import { RequestTypeEditorComponent } from './request-type-editor.component';

const typeId = '3f0b6a0e-5b8e-4a55-9d0c-8c7e0d4a1b21';
const categoryId = '0d6f7c1e-2f4b-4c7a-9a51-6e2b8d3c4f10';
const practiceAreaId = '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d';

const finished: FormDefinition = {
  sections: [
    {
      key: 'details',
      title: { en: 'Details', fr: 'Détails' },
      fields: [
        { type: 'short-text', key: 'subject', label: { en: 'Subject', fr: 'Objet' }, required: true, maxLength: 200 },
      ],
    },
  ],
};

const typeView = (draft: FormDefinition, changes: Partial<RequestTypeView> = {}): RequestTypeView => ({
  id: typeId,
  categoryId,
  name: { en: 'Dismissal', fr: 'Licenciement' },
  description: { en: '', fr: '' },
  opens: 'case',
  practiceAreaId,
  defaultAssigneeId: null,
  subjectField: null,
  status: 'draft',
  latestVersion: null,
  unpublishedChanges: true,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
  draft,
  actions: ['publish', 'retire'],
  ...changes,
});

describe('the request type editor', () => {
  let fixture: ComponentFixture<RequestTypeEditorComponent>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        RequestTypeEditorComponent,
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
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RequestTypeEditorComponent);
    fixture.componentRef.setInput('requestTypeId', typeId);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
  });

  afterEach(() => backend.verify());

  const open = async (view: RequestTypeView) => {
    await fixture.whenStable();
    backend.expectOne(`/api/requests/types/${typeId}`).flush(view);
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
    await fixture.whenStable();
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const button = (name: RegExp) => loader.getHarness(MatButtonHarness.with({ text: name }));

  it('shows the type, its status and the actions the server offers', async () => {
    await open(typeView(finished));
    expect(text()).toContain('Dismissal');
    expect(text()).toContain('Never published: clients do not see it yet');
    expect(await (await button(/^publish\s*Publish$/)).isDisabled()).toBe(false);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Reinstate/ }))).toHaveLength(0);
  });

  it('does not let a form with issues be published, and says why', async () => {
    await open(typeView({ sections: [{ key: 'details', title: { en: 'Details', fr: 'Détails' }, fields: [] }] }));
    expect(await (await button(/Publish/)).isDisabled()).toBe(true);
    expect(text()).toContain('Publishing needs these fixed first — issues: 1.');
    expect(text()).toContain('This section has no fields. Add one, or remove the section.');
  });

  it('saves the draft as edited, then shows the server’s view of it', async () => {
    await open(typeView(finished));
    const save = await button(/Save draft/);
    expect(await save.isDisabled()).toBe(true);

    const title = await loader.getHarness(MatInputHarness.with({ selector: '[id$="-title-en"]' }));
    await title.setValue('About you');
    expect(text()).toContain('Unsaved changes');
    await save.click();

    const put = backend.expectOne(`/api/requests/types/${typeId}/draft`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body.form.sections[0].title).toEqual({ en: 'About you', fr: 'Détails' });
    put.flush({ id: typeId, revision: 3, position: 41 }, { headers: { 'x-lexport-position': '41' } });
    await fixture.whenStable();
    const reload = backend.expectOne(`/api/requests/types/${typeId}`);
    expect(reload.request.headers.get('x-lexport-position')).toBe('41');
    reload.flush(typeView(put.request.body.form));
    await fixture.whenStable();

    expect(await (await documentLoader.getHarness(MatSnackBarHarness)).getMessage()).toBe('Draft saved');
    expect(text()).not.toContain('Unsaved changes');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('shows the issues the server refuses a publication for beside the field they point to', async () => {
    await open(typeView(finished));
    await (await button(/Publish/)).click();
    backend.expectOne(`/api/requests/types/${typeId}/publish`).flush(
      {
        status: 422,
        code: 'invalid-form-definition',
        errors: [
          {
            pointer: '/draft/sections/0/fields/0/label/en',
            field: 'draft.sections.0.fields.0.label.en',
            code: 'newer-rule',
            message: 'newer-rule',
          },
        ],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    // The refusal is handled once the request settles, and shown on the next change detection.
    await fixture.whenStable();
    await fixture.whenStable();
    const field = (fixture.nativeElement as HTMLElement).querySelector('.field');
    expect(field?.textContent).toContain('The portal refused this part of the form (invalid-value).');
    expect(await (await button(/Publish/)).isDisabled()).toBe(true);
  });
});
