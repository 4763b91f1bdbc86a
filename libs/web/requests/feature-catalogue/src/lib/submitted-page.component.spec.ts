import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { SubmittedPageComponent } from './submitted-page.component';

describe('the submission confirmation', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
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
          [{ path: 'catalogue/submitted/:requestId', component: SubmittedPageComponent }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  });

  afterEach(() => backend.verify());

  const open = async (url: string, state?: object) => {
    await TestBed.inject(Router).navigateByUrl(url, { state });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const heading = () => page().querySelector('h1')?.textContent?.trim();

  it('gives the reference the form handed over, what happens next and where to follow the request', async () => {
    await open('/catalogue/submitted/m1', { submitted: { reference: 'M-2026-00042', kind: 'matter' } });
    backend.expectNone('/api/matters/m1');
    expect(heading()).toBe('Your request M-2026-00042 was submitted');
    expect(page().textContent).toContain('A matter was opened under this reference.');
    expect(page().querySelector('h2')?.textContent).toContain('What happens next');
    expect(page().querySelectorAll('ol li')).toHaveLength(3);
    const view = await loader.getHarness(MatButtonHarness.with({ text: 'View the request' }));
    expect(await (await view.host()).getAttribute('href')).toBe('/requests/m1');
    const home = await loader.getHarness(MatButtonHarness.with({ text: 'Back to the home page' }));
    expect(await (await home.host()).getAttribute('href')).toBe('/');
  });

  it('asks for the reference when opened afresh', async () => {
    await open('/catalogue/submitted/m1');
    backend.expectOne('/api/matters/m1').flush({ id: 'm1', reference: 'C-2026-00007', kind: 'case' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(heading()).toBe('Your request C-2026-00007 was submitted');
    expect(page().textContent).toContain('A case was opened under this reference.');
  });

  it('still confirms the submission when the reference cannot be read yet', async () => {
    await open('/catalogue/submitted/m1');
    backend.expectOne('/api/matters/m1').flush(null, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(heading()).toBe('Your request was submitted');
    expect(await loader.getHarness(MatButtonHarness.with({ text: 'View the request' }))).toBeTruthy();
  });

  it('reads the reference a link carries', async () => {
    await open('/catalogue/submitted/m1?reference=M-2026-00050');
    backend.expectOne('/api/matters/m1').flush(null, { status: 0, statusText: 'Unknown Error' });
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
    expect(heading()).toBe('Your request M-2026-00050 was submitted');
  });
});
