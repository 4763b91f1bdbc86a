import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { AccountAction, UserView } from '@lexport/identity-published';
import { identityTexts } from '@lexport/web-identity-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { UsersPageComponent } from './users-page.component';

const account = (name: string, status: UserView['status'], actions: readonly AccountAction[]): UserView => ({
  id: `${name.toLowerCase()}-id`,
  email: `${name.toLowerCase()}@acme.test`,
  name,
  roles: ['client'],
  organizationId: 'acme',
  language: 'en',
  status,
  actions,
  invitedAt: '2026-11-01T10:00:00.000Z',
  signedUp: false,
  organizationName: null,
  invitationExpiresAt: null,
  lastLoginAt: null,
  lockedUntil: null,
});

describe('users page', () => {
  let fixture: ComponentFixture<UsersPageComponent>;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        UsersPageComponent,
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'identity/en': identityTexts.en },
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
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPageComponent);
    loader = TestbedHarnessEnvironment.loader(fixture);
    fixture.detectChanges();
    backend
      .expectOne((request) => request.url === '/api/identity/organizations')
      .flush({
        items: [{ id: 'acme', name: 'Acme', emailDomains: [], requestVisibility: 'organization', createdAt: '' }],
        total: 1,
        limit: 500,
        offset: 0,
      });
    const users = [
      account('Nina', 'awaiting-approval', ['approve-sign-up', 'decline-sign-up']),
      account('Iris', 'invited', ['resend-invitation', 'change-roles', 'revoke-invitation']),
      account('Sam', 'sign-up-declined', []),
    ];
    backend
      .expectOne((request) => request.url === '/api/identity/users')
      .flush({ items: users, total: users.length, limit: 200, offset: 0 });
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  async function menuOf(name: string): Promise<string[]> {
    const menu = await loader.getHarness(MatMenuHarness.with({ selector: `[aria-label="Actions for ${name}"]` }));
    await menu.open();
    return Promise.all((await menu.getItems()).map((item) => item.getText()));
  }

  it('offers the actions the server lists for each account, then its history', async () => {
    expect(await menuOf('Nina')).toEqual(['Approve', 'Decline the sign-up', 'History']);
    expect(await menuOf('Iris')).toEqual([
      'Send the invitation again',
      'Change roles',
      'Withdraw the invitation',
      'History',
    ]);
  });

  it('offers only the history when the server lists no action', async () => {
    expect(await menuOf('Sam')).toEqual(['History']);
  });

  it('names organizations from the shared directory', async () => {
    expect(await loader.getAllHarnesses(MatMenuHarness)).toHaveLength(3);
    expect((fixture.nativeElement as HTMLElement).textContent?.replace(/\s+/g, ' ')).toContain(
      'nina@acme.test Client · Acme',
    );
  });

  it('withdraws an invitation through the identity API and reloads the list', async () => {
    const menu = await loader.getHarness(MatMenuHarness.with({ selector: '[aria-label="Actions for Iris"]' }));
    await menu.open();
    await menu.clickItem({ text: 'Withdraw the invitation' });
    const revoke = backend.expectOne('/api/identity/users/iris-id/invitation');
    expect(revoke.request.method).toBe('DELETE');
    revoke.flush({ id: 'iris-id', revision: 3, position: 40 });
    await fixture.whenStable();
    backend
      .expectOne((request) => request.url === '/api/identity/users')
      .flush({ items: [], total: 0, limit: 200, offset: 0 });
    await fixture.whenStable();
  });
});
