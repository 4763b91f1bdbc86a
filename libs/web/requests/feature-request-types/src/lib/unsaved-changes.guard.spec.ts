import { Component, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { firstValueFrom, isObservable } from 'rxjs';
import { unsavedChangesGuard } from './unsaved-changes.guard';

@Component({ selector: 'lex-page-stub', template: '' })
class PageStubComponent {}

describe('leaving a page with unsaved changes', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [provideZonelessChangeDetection(), provideNoopAnimations()],
    });
  });

  const leave = (unsaved: boolean) =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        { hasUnsavedChanges: () => unsaved },
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it('lets people go when nothing is left unsaved', () => {
    expect(leave(false)).toBe(true);
  });

  it('asks first, and stays unless they choose to lose their changes', async () => {
    const fixture = TestBed.createComponent(PageStubComponent);
    const answer = leave(true);
    if (!isObservable(answer)) throw new Error('The guard should ask');
    const decision = firstValueFrom(answer);
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Leave without saving?');
    await (await dialog.getHarness(MatButtonHarness.with({ text: 'Stay' }))).click();
    expect(await decision).toBe(false);
  });
});
