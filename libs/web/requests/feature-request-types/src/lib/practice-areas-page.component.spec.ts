import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatAutocompleteHarness } from '@angular/material/autocomplete/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatChipGridHarness } from '@angular/material/chips/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { PracticeAreasPageComponent } from './practice-areas-page.component';

const anna = { id: '5a0e4c1b-1d2e-4f3a-9b8c-7d6e5f4a3b21', name: 'Anna Martin', email: 'anna@firm.test' };
const bruno = { id: '6b1f5d2c-2e3f-4a4b-8c9d-8e7f6a5b4c32', name: 'Bruno Petit', email: 'bruno@firm.test' };
const employment = {
  id: '7a1c2e3d-4b5f-4a6b-8c7d-9e0f1a2b3c4d',
  name: { en: 'Employment law', fr: 'Droit du travail' },
  memberIds: [anna.id],
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

describe('the practice areas page', () => {
  let fixture: ComponentFixture<PracticeAreasPageComponent>;
  let loader: HarnessLoader;
  let documentLoader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        PracticeAreasPageComponent,
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
    fixture = TestBed.createComponent(PracticeAreasPageComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    documentLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const answer = (practiceAreas: readonly object[]) => {
    backend.expectOne('/api/requests/practice-areas').flush(practiceAreas);
    backend.expectOne('/api/requests/legal-team').flush([anna, bruno]);
  };
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';

  it('lists the practice areas with their members by name', async () => {
    answer([employment]);
    await fixture.whenStable();
    const rows = await (await loader.getHarness(MatTableHarness)).getCellTextByColumnName();
    expect(rows['name']?.text).toEqual(['Employment law']);
    expect(rows['members']?.text).toEqual(['Anna Martin']);
  });

  it('explains a failure and loads again on retry', async () => {
    backend.expectOne('/api/requests/practice-areas').flush(null, { status: 0, statusText: 'Unknown Error' });
    // The team is not needed any more: the failure cancels it.
    expect(backend.expectOne('/api/requests/legal-team').cancelled).toBe(true);
    await fixture.whenStable();
    expect(text()).toContain('The practice areas could not be loaded');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    answer([]);
    await fixture.whenStable();
    expect(text()).toContain('No practice areas yet');
  });

  it('changes a practice area’s members, picked from the legal team', async () => {
    answer([employment]);
    await fixture.whenStable();
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Edit Employment law"]' }))).click();
    const dialog = await documentLoader.getHarness(MatDialogHarness);
    const members = await dialog.getHarness(MatChipGridHarness);
    expect(await Promise.all((await members.getRows()).map((row) => row.getText()))).toEqual([
      expect.stringContaining('Anna Martin'),
    ]);
    const search = await dialog.getHarness(MatAutocompleteHarness);
    await search.enterText('bru');
    await search.selectOption({ text: /Bruno Petit/ });
    await (await dialog.getHarness(MatInputHarness.with({ selector: '[lang=fr]' }))).setValue('Droit social');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Save' }))).click();

    const put = backend.expectOne(`/api/requests/practice-areas/${employment.id}`);
    expect(put.request.body).toEqual({
      name: { en: 'Employment law', fr: 'Droit social' },
      memberIds: [anna.id, bruno.id],
    });
    put.flush({ id: employment.id, revision: 2, position: 12 });
    expect(await documentLoader.getAllHarnesses(MatDialogHarness)).toHaveLength(0);
    answer([{ ...employment, memberIds: [anna.id, bruno.id] }]);
    await fixture.whenStable();
    expect(text()).toContain('Anna Martin, Bruno Petit');
  });
});
