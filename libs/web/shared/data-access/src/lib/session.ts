import { HttpClient } from '@angular/common/http';
import type { HttpInterceptorFn } from '@angular/common/http';
import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { CanActivateFn } from '@angular/router';
import type { SessionUser, SessionView, UserRole } from '@lexport/identity-published';
import { catchError, firstValueFrom, throwError } from 'rxjs';

/** Who is signed in, for the whole app. The session itself is an httpOnly cookie the browser keeps. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null | undefined>(undefined);
  private readonly mailbox = signal(false);
  readonly user = this.current.asReadonly();
  readonly signedIn = computed(() => Boolean(this.current()));
  /** Whether this user may read the development mailbox and the portal has one (the server decides both). */
  readonly developmentMailbox = this.mailbox.asReadonly();

  hasRole(...roles: UserRole[]): boolean {
    const user = this.current();
    return Boolean(user && roles.some((role) => user.roles.includes(role)));
  }

  /** Asks the server once; later calls reuse the answer. */
  async load(): Promise<SessionUser | null> {
    const known = this.current();
    if (known !== undefined) return known;
    const view = await firstValueFrom(this.http.get<SessionView>('/api/identity/session'));
    this.take(view);
    return view.user;
  }

  async signIn(email: string, password: string): Promise<SessionUser> {
    const view = await firstValueFrom(this.http.post<SessionView>('/api/identity/session', { email, password }));
    this.take(view);
    return view.user as SessionUser;
  }

  async signOut(): Promise<void> {
    await firstValueFrom(this.http.delete('/api/identity/session'));
    this.forget();
  }

  /** After the person changed their own profile: the server has it, the toolbar shows it at once. */
  update(changes: Partial<Pick<SessionUser, 'name' | 'language'>>): void {
    const user = this.current();
    if (user) this.current.set({ ...user, ...changes });
  }

  forget(): void {
    this.current.set(null);
    this.mailbox.set(false);
  }

  private take(view: SessionView): void {
    this.current.set(view.user);
    this.mailbox.set(view.developmentMailbox);
  }
}

/** Pages behind it need a session; without one the user goes to sign in and comes back afterwards. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const router = inject(Router);
  const user = await inject(SessionStore).load();
  return user ? true : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** Pages only administrators use; the API refuses others anyway, this spares them a page of errors. */
export const adminGuard: CanActivateFn = async () => {
  // Injected before the await: after it, the guard has left its injection context (NG0203, a blank page).
  const router = inject(Router);
  const user = await inject(SessionStore).load();
  return user?.roles.includes('admin') ? true : router.createUrlTree(['/']);
};

/** Pages of the legal team (request types, practice areas): staff and admins; clients go to the start page. */
export const staffGuard: CanActivateFn = async () => {
  const router = inject(Router);
  const user = await inject(SessionStore).load();
  return user?.roles.includes('staff') || user?.roles.includes('admin') ? true : router.createUrlTree(['/']);
};

/** The development mailbox, for admins of a portal that has one; others go to the start page. */
export const developmentMailboxGuard: CanActivateFn = async () => {
  const session = inject(SessionStore);
  const router = inject(Router);
  await session.load();
  return session.developmentMailbox() ? true : router.createUrlTree(['/']);
};

/** A 401 from the API means the session ended (expired, signed out elsewhere): back to the sign-in page. */
export const sessionExpiredInterceptor: HttpInterceptorFn = (request, next) => {
  const router = inject(Router);
  const session = inject(SessionStore);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !request.url.startsWith('/api/identity/')) {
        session.forget();
        void router.navigate(['/sign-in'], { queryParams: { returnUrl: router.url } });
      }
      return throwError(() => error);
    }),
  );
};
