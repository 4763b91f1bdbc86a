import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree } from '@angular/router';
import type { ActivatedRouteSnapshot, CanActivateFn, RouterStateSnapshot } from '@angular/router';
import type { SessionUser, UserRole } from '@lexport/identity-published';
import { adminGuard, SessionStore, staffGuard } from './session';

describe('the role guards', () => {
  function run(guard: CanActivateFn, roles: UserRole[]): Promise<unknown> {
    const user = { id: 'u1', name: 'Hana Yamada', roles } as unknown as SessionUser;
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: SessionStore, useValue: { load: async () => user } }],
    });
    return TestBed.runInInjectionContext(() =>
      guard({} as ActivatedRouteSnapshot, { url: '/legal/request-types' } as RouterStateSnapshot),
    ) as Promise<unknown>;
  }

  // The session is read asynchronously: a guard that injected the router after the await threw NG0203, and a
  // client following a direct link to a staff page was left on a blank page.
  it.each([
    ['staff', staffGuard, ['client'] as UserRole[]],
    ['admin', adminGuard, ['client', 'staff'] as UserRole[]],
  ])('the %s guard sends others to the start page', async (_name, guard, roles) => {
    const outcome = await run(guard, roles);
    expect(outcome).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(outcome as UrlTree)).toBe('/');
  });

  it.each([
    ['staff', staffGuard, ['staff'] as UserRole[]],
    ['admin', adminGuard, ['admin'] as UserRole[]],
  ])('the %s guard lets its role in', async (_name, guard, roles) => {
    expect(await run(guard, roles)).toBe(true);
  });
});
