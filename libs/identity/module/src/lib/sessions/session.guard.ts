import { Inject, Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Clock } from '@lexport/shared-ddd';
import { DomainError } from '@lexport/shared-ddd';
import {
  CLOCK,
  LEXPORT_CONFIG,
  ProjectionsService,
  publicAccessKey,
  requiredRolesKey,
  TokenSigner,
} from '@lexport/shared-platform';
import type { AccessRole, AuthenticatedUser, LexportConfig } from '@lexport/shared-platform';
import type { Request } from 'express';
import { CredentialStore } from '../credentials/credential-store';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';
import { csrfHeader, csrfPurpose, sessionCookie } from './session-cookies';

export type SessionRequest = Request & { user?: AuthenticatedUser; sessionToken?: string };

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `null` (an opaque origin: sandboxed frame, data: URL) and anything unparsable belong to no host. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

export function toAuthenticatedUser(user: UserDocument): AuthenticatedUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    organizationId: user.organizationId,
    language: user.language,
  };
}

/**
 * Every HTTP request passes here: the session cookie names the user, a state-changing request from a signed-in
 * browser must echo the CSRF token, one without a session must not come from another site (login CSRF), and a
 * route is closed to anonymous users unless marked @Public, and to users without one of its @RequireRoles.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly credentials: CredentialStore,
    private readonly projections: ProjectionsService,
    private readonly signer: TokenSigner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const token = (request.cookies as Record<string, string> | undefined)?.[sessionCookie];
    if (token) await this.attachUser(request, token);
    if (request.user && request.sessionToken && !safeMethods.has(request.method)) {
      const echoed = request.header(csrfHeader);
      if (!echoed || !this.signer.verify(echoed, csrfPurpose, request.sessionToken)) {
        throw new DomainError(
          'csrf-token-invalid',
          'forbidden',
          'This request did not come from the portal. Reload the page and try again.',
        );
      }
    }
    if (!request.user && !safeMethods.has(request.method) && this.fromAnotherSite(request)) {
      throw new DomainError(
        'cross-site-request',
        'forbidden',
        'This request came from another site. Open the portal itself and try again.',
      );
    }
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(publicAccessKey, targets)) return true;
    if (!request.user) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue.');
    const roles = this.reflector.getAllAndOverride<AccessRole[] | undefined>(requiredRolesKey, targets);
    if (roles && !roles.some((role) => request.user?.roles.includes(role))) {
      throw new DomainError('forbidden', 'forbidden', 'Your account may not do this.');
    }
    return true;
  }

  /**
   * Without a session there is no token to echo, yet a page elsewhere could still post a form that signs the browser
   * in as the attacker (or signs up, resets, accepts): browsers say where a request comes from, in Sec-Fetch-Site
   * and Origin. A request saying neither is not a browser's (curl, another server) and carries no victim's cookies.
   * `same-site` is refused too: a sibling subdomain is another party, and the portal's own pages are same-origin.
   */
  private fromAnotherSite(request: SessionRequest): boolean {
    const site = request.header('sec-fetch-site');
    if (site === 'cross-site' || site === 'same-site') return true;
    const origin = request.header('origin');
    if (origin === undefined) return false;
    return origin !== new URL(this.config.publicUrl).origin && hostOf(origin) !== request.header('host');
  }

  private async attachUser(request: SessionRequest, token: string): Promise<void> {
    const session = await this.credentials.session(token, this.clock.now());
    if (!session) return;
    const user = await this.projections.reader(usersProjection.name).get<UserDocument>('users', session.userId);
    if (!user || user.status !== 'active') return;
    request.user = toAuthenticatedUser(user);
    request.sessionToken = token;
  }
}
