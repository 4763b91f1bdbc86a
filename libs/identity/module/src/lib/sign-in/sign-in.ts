import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { assertNever, DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { loginRequest } from '@lexport/identity-published';
import { defaultLockoutPolicy, reasonLoginIsRefused } from '@lexport/identity-domain';
import type { Request } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import { Strategy } from 'passport-local';
import { CredentialStore } from '../credentials/credential-store';
import { unknownUserHash, verifyPassword } from '../credentials/passwords';
import { UserAccounts } from '../users/user-accounts';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';
import { toAuthenticatedUser } from '../sessions/session.guard';

const systemContext = (actor: string) => ({ commandId: randomUUID(), correlationId: randomUUID(), actor });

const invalidCredentials = () =>
  new DomainError('invalid-credentials', 'unauthenticated', 'The email address or the password is not right.');

type LoginRefusal = ReturnType<typeof reasonLoginIsRefused>;

export interface SignInDecision {
  /** What the person is told: a session, the one answer strangers get, or why a proved password does not open one. */
  readonly answer:
    'session' | 'invalid-credentials' | 'email-not-verified' | 'account-awaiting-approval' | 'account-deactivated';
  /** Whether the attempt counts as a failed login of the account (enough of them lock it). */
  readonly recordFailure: boolean;
}

/**
 * What a sign-in may reveal. Whoever has not proved the password gets the answer an unknown address gets, whatever
 * the account's state: its existence, deactivation and lock-out are told only to someone who typed the right password
 * (or by email to the owner). While an account is locked, even the right password gets that answer and counts as a
 * failure, so the lock cannot be used to test passwords; the owner learns of the lock from the email it sends.
 */
export function signInDecision(refusal: LoginRefusal, passwordRight: boolean): SignInDecision {
  if (refusal === 'locked') return { answer: 'invalid-credentials', recordFailure: true };
  if (!passwordRight) return { answer: 'invalid-credentials', recordFailure: refusal === null };
  switch (refusal) {
    case null:
      return { answer: 'session', recordFailure: false };
    case 'deactivated':
      return { answer: 'account-deactivated', recordFailure: false };
    case 'not-verified':
      return { answer: 'email-not-verified', recordFailure: false };
    case 'awaiting-approval':
      return { answer: 'account-awaiting-approval', recordFailure: false };
    case 'unknown':
    case 'not-activated':
      return { answer: 'invalid-credentials', recordFailure: false };
    default:
      return assertNever(refusal, 'login refusal');
  }
}

/**
 * Checks an email and a password. Unknown addresses cost the same time as known ones (a real scrypt check) and get
 * the same answer; each failed attempt on an account is an event, and enough of them lock it for a while (also an
 * event, which emails the owner). See signInDecision for what an answer may tell.
 */
@Injectable()
export class SignIn {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly projections: ProjectionsService,
  ) {}

  async verify(email: string, password: string): Promise<AuthenticatedUser> {
    const found = await this.projections
      .reader(usersProjection.name)
      .find<UserDocument>('users', { where: { email: email.toLowerCase() }, limit: 1 });
    const user = found.items[0];
    const passwordHash = user ? await this.credentials.passwordHashOf(user.id) : undefined;
    const right = await verifyPassword(password, passwordHash ?? (await unknownUserHash));
    if (!user || !passwordHash) throw invalidCredentials();
    const now = this.accounts.now();
    const decision = signInDecision(reasonLoginIsRefused(await this.accounts.state(user.id), now), right);
    if (decision.recordFailure) {
      await this.accounts.execute(
        user.id,
        { type: 'RecordFailedLogin', data: { at: now, policy: defaultLockoutPolicy } },
        systemContext(user.id),
      );
    }
    switch (decision.answer) {
      case 'session':
        return this.recordLogin(user, now);
      case 'invalid-credentials':
        throw invalidCredentials();
      case 'account-deactivated':
        throw new DomainError(
          'account-deactivated',
          'forbidden',
          'This account has been deactivated. Contact the legal team.',
        );
      case 'email-not-verified':
        throw new DomainError(
          'email-not-verified',
          'forbidden',
          'Confirm your email address first: open the link we emailed you.',
        );
      case 'account-awaiting-approval':
        throw new DomainError(
          'account-awaiting-approval',
          'forbidden',
          'Your account is waiting for approval by the legal team. You will get an email.',
        );
      default:
        return assertNever(decision.answer, 'sign-in answer');
    }
  }

  private async recordLogin(user: UserDocument, now: string): Promise<AuthenticatedUser> {
    try {
      await this.accounts.execute(user.id, { type: 'RecordLogin', data: { at: now } }, systemContext(user.id));
    } catch (error) {
      // Locked by a concurrent attempt since the state was read: the same answer as any attempt during a lock.
      if (error instanceof DomainError && error.code === 'account-locked') throw invalidCredentials();
      throw error;
    }
    return toAuthenticatedUser(user);
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
