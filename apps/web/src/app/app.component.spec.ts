import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { SessionUser } from '@lexport/identity-published';
import { NotificationsStore } from '@lexport/web-notifications-data-access';
import { notificationsTexts } from '@lexport/web-notifications-i18n';
import { SessionStore } from '@lexport/web-shared-data-access';
import { translations } from '@lexport/web-shared-i18n';
import { AppComponent } from './app.component';

const client: SessionUser = {
  id: 'u1',
  email: 'claire@acme.test',
  name: 'Claire',
  roles: ['client'],
  organizationId: 'acme',
  language: 'en',
};
const admin: SessionUser = {
  id: 'u2',
  email: 'alice@firm.test',
  name: 'Alice',
  roles: ['admin'],
  organizationId: null,
  language: 'en',
};

describe('the navigation menu', () => {
  function menuFor(user: SessionUser, developmentMailbox = false): string[] {
    const current = signal<SessionUser | null>(user);
    TestBed.configureTestingModule({
      imports: [
        AppComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'notifications/en': notificationsTexts.en },
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
        {
          provide: SessionStore,
          useValue: {
            user: current,
            developmentMailbox: () => developmentMailbox,
            signedIn: () => current() !== null,
            hasRole: (...roles: string[]) => roles.some((role) => current()?.roles.includes(role as never)),
          },
        },
        { provide: NotificationsStore, useValue: { unread: () => 0, start: () => undefined, stop: () => undefined } },
      ],
    });
    const fixture = TestBed.createComponent(AppComponent);
    fixture.detectChanges();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('nav a [matListItemTitle]')].map(
      (title) => title.textContent?.trim() ?? '',
    );
  }

  it('shows a client only what a client may open', () => {
    expect(menuFor(client)).toEqual(['Matters and cases', 'New request', 'Notifications', 'My profile']);
  });

  it('shows an admin the administration pages', () => {
    expect(menuFor(admin)).toEqual([
      'Matters and cases',
      'New request',
      'Request categories',
      'Request types',
      'Practice areas',
      'Notifications',
      'My profile',
      'Users',
      'Client organizations',
    ]);
  });

  it('offers the development mailbox only when the session view says the portal has one for this user', () => {
    expect(menuFor(admin, true)).toEqual([
      'Matters and cases',
      'New request',
      'Request categories',
      'Request types',
      'Practice areas',
      'Development mailbox',
      'Notifications',
      'My profile',
      'Users',
      'Client organizations',
    ]);
  });
});
