import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { loginRequest } from '@lexport/identity-contracts';
import { defaultLockoutPolicy, reasonLoginIsRefused } from '@lexport/identity-domain';
import type { Request } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { Strategy } from 'passport-local';
import { CredentialStore } from '../credentials/credential-store';
import { unknownUserHash, verifyPassword } from '../credentials/passwords';
import { UserAccounts } from '../users/user-accounts';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';
import { toAuthenticatedUser } from './session.guard';

const systemContext = (actor: string) => ({ commandId: randomUUID(), correlationId: randomUUID(), actor });

const invalidCredentials = () => new DomainError('invalid-credentials', 'unauthenticated', 'The email address or the password is not right.');

/**
 * Checks an email and a password. Unknown addresses cost the same time as known ones and get the same answer; each
 * wrong password is an event, and enough of them lock the account for a while (also an event).
 */
@Injectable()
export class SignIn {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly projections: ProjectionsService,
  ) {}

  async verify(email: string, password: string): Promise<AuthenticatedUser> {
    const found = await this.projections.reader(usersProjection.name).find<UserDocument>('users', { where: { email: email.toLowerCase() }, limit: 1 });
    const user = found.items[0];
    const passwordHash = user ? await this.credentials.passwordHashOf(user.id) : undefined;
    const right = await verifyPassword(password, passwordHash ?? (await unknownUserHash));
    if (!user || !passwordHash) throw invalidCredentials();
    const now = this.accounts.now();
    const refusal = reasonLoginIsRefused(await this.accounts.state(user.id), now);
    if (refusal === 'deactivated') throw new DomainError('account-deactivated', 'forbidden', 'This account has been deactivated. Contact the legal team.');
    if (refusal === 'not-activated' || refusal === 'unknown') throw invalidCredentials();
    // Only someone who knows the password learns these, so they may say what is going on.
    if (refusal === 'not-verified' && right) throw new DomainError('email-not-verified', 'forbidden', 'Confirm your email address first: open the link we emailed you.');
    if (refusal === 'awaiting-approval' && right) throw new DomainError('account-awaiting-approval', 'forbidden', 'Your account is waiting for approval by the legal team. You will get an email.');
    if (refusal === 'not-verified' || refusal === 'awaiting-approval') throw invalidCredentials();
    if (refusal === 'locked') throw await this.locked(user.id);
    if (!right) {
      const outcome = await this.accounts.execute(user.id, { type: 'RecordFailedLogin', data: { at: now, policy: defaultLockoutPolicy } }, systemContext(user.id));
      if (outcome.events.some((event) => event.type === 'AccountLocked')) throw await this.locked(user.id);
      throw invalidCredentials();
    }
    await this.accounts.execute(user.id, { type: 'RecordLogin', data: { at: now } }, systemContext(user.id));
    return toAuthenticatedUser(user);
  }

  private async locked(userId: string): Promise<DomainError> {
    const state = await this.accounts.state(userId);
    const lockedUntil = state.status === 'active' ? state.lockedUntil : null;
    return new DomainError('account-locked', 'forbidden', 'Too many wrong passwords: this account is locked for a while.', { lockedUntil });
  }
}

/** Runs before passport, which would answer a missing field with a bare 401: invalid input gets field errors. */
@Injectable()
export class SignInInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const parsed = loginRequest.safeParse(context.switchToHttp().getRequest<Request>().body);
    if (!parsed.success) throw new ZodValidationException(parsed.error);
    return true;
  }
}

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly signIn: SignIn) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(request: Request, _email: string, _password: string): Promise<AuthenticatedUser> {
    // Passport reads the raw body; the same schema as everywhere else checks it first.
    const parsed = loginRequest.safeParse(request.body);
    if (!parsed.success) throw new ZodValidationException(parsed.error);
    return this.signIn.verify(parsed.data.email, parsed.data.password);
  }
}
