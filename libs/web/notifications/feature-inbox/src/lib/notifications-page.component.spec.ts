import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { notificationsTexts } from '@lexport/web-notifications-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { EmailPreferencesComponent } from './email-preferences.component';
import { NotificationsPageComponent } from './notifications-page.component';

const waiting = {
  id: 'n1',
  kind: 'sign-up-awaiting-approval',
  params: { name: 'Nina Rossi', email: 'nina@initech.test', organizationName: 'Initech' },
  link: '/admin/users?status=awaiting-approval',
  createdAt: '2026-11-27T10:00:00.000Z',
  read: false,
  position: 42,
};

function configure(component: unknown) {
  TestBed.configureTestingModule({
    imports: [
      component as never,
      TranslocoTestingModule.forRoot({
        langs: { en: translations.en, 'notifications/en': notificationsTexts.en },
        translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
        preloadLangs: true,
      }),
    ],
    providers: [
      provideZonelessChangeDetection(),
      provideNoopAnimations(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
    ],
  });
  return TestBed.inject(HttpTestingController);
}

describe('notifications page', () => {
  let fixture: ComponentFixture<NotificationsPageComponent>;
  let backend: HttpTestingController;
  const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
  const answerCount = (unread: number) => backend.expectOne('/api/notifications/unread-count').flush({ unread });

  beforeEach(() => {
    backend = configure(NotificationsPageComponent);
    fixture = TestBed.createComponent(NotificationsPageComponent);
    fixture.detectChanges();
  });

  afterEach(() => backend.verify());

  it('words each notification in the reader’s language and marks one read', async () => {
    backend
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [waiting], total: 1, unread: 1, limit: 20, offset: 0 });
    await fixture.whenStable();
    answerCount(1);
    await fixture.whenStable();
    expect(text()).toContain('Nina Rossi (nina@initech.test) signed up and waits for your approval');
    expect(text()).toContain('· Unread');

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Mark as read"]' }))).click();
    const marked = backend.expectOne('/api/notifications/read');
    expect(marked.request.body).toEqual({ notificationIds: ['n1'] });
    marked.flush({ id: 'u1', revision: 0, position: 43 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    answerCount(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    expect(text()).not.toContain('· Unread');
  });

  it('says so when there is nothing', async () => {
    backend
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ items: [], total: 0, unread: 0, limit: 20, offset: 0 });
    await fixture.whenStable();
    answerCount(0);
    await fixture.whenStable();
    expect(text()).toContain('No notifications yet');
  });

  it('explains a failure to load', async () => {
    backend
      .expectOne((request) => request.url === '/api/notifications')
      .flush({ code: 'internal-error' }, { status: 503, statusText: 'Unavailable' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await fixture.whenStable();
    expect(text()).toContain('The notifications could not be loaded');
    expect(text()).toContain('Try again');
  });
});

describe('email preferences', () => {
  let fixture: ComponentFixture<EmailPreferencesComponent>;
  let backend: HttpTestingController;

  beforeEach(() => {
    backend = configure(EmailPreferencesComponent);
    fixture = TestBed.createComponent(EmailPreferencesComponent);
    fixture.detectChanges();
  });

  afterEach(() => backend.verify());

  it('locks the mandatory category on and sends the optional ones turned off', async () => {
    backend.expectOne('/api/notifications/preferences').flush({
      categories: [
        { id: 'account', mandatory: true, enabled: true },
        { id: 'administration', mandatory: false, enabled: true },
      ],
    });
    await fixture.whenStable();
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const [account, administration] = await loader.getAllHarnesses(MatSlideToggleHarness);
    if (!account || !administration) throw new Error('two switches expected');
    expect(await account.isDisabled()).toBe(true);
    expect(await account.isChecked()).toBe(true);
    await administration.toggle();
    const saved = backend.expectOne(
      (request) => request.method === 'PUT' && request.url === '/api/notifications/preferences',
    );
    expect(saved.request.body).toEqual({ emailsOff: ['administration'] });
    saved.flush({ id: 'u1', revision: 0, position: 7 });
    await fixture.whenStable();
    expect(await administration.isChecked()).toBe(false);
  });
});
