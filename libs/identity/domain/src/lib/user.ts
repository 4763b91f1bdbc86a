import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * A person who uses the portal: a client user of a client organization, or a member of the legal team. Secrets
 * (password hashes, token hashes) never enter these events: they live in the credential store.
 */
export const roles = ['client', 'staff', 'admin', 'operator'] as const;
export type Role = (typeof roles)[number];

export interface LockoutPolicy {
  /** Wrong passwords within the window that lock the account. */
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };

interface Profile {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
  readonly language: string;
}

/** Events that cause an email carry their recipient, so that the email can be sent from the event alone. */
interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly language: string;
}

const recipientOf = (state: Profile): Recipient => ({ email: state.email, name: state.name, language: state.language });

export type UserState =
  /** `abandoned`: a command that claimed an address for this id crashed before creating the account; the id is dead. */
  | { readonly status: 'none'; readonly abandoned?: true }
  | (Profile & { readonly status: 'invited'; readonly invitationId: string; readonly invitationExpiresAt: string })
  | (Profile & { readonly status: 'invitation-revoked' })
  | (Profile & {
      readonly status: 'active';
      readonly recentFailures: readonly string[];
      readonly lockedUntil: string | null;
      /** The password reset that a link may still complete, if any. */
      readonly pendingReset: { readonly resetId: string; readonly expiresAt: string } | null;
    })
  | (Profile & { readonly status: 'deactivated' })
  | (Profile & {
      readonly status: 'unverified';
      readonly verificationId: string;
      readonly verificationExpiresAt: string;
      readonly approvalRequired: boolean;
      readonly organizationName: string;
    })
  | (Profile & { readonly status: 'awaiting-approval'; readonly organizationName: string })
  | (Profile & { readonly status: 'sign-up-declined' });

/** What someone types when signing up; the organization is the one their email domain matched, if any. */
interface SignUp {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly organizationName: string;
  readonly organizationId: string | null;
  readonly approvalRequired: boolean;
  readonly verificationId: string;
  readonly expiresAt: string;
}

export type UserCommand =
  | {
      readonly type: 'InviteUser';
      readonly data: Profile & {
        readonly userId: string;
        readonly invitationId: string;
        readonly invitedBy: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'ResendInvitation';
      readonly data: { readonly invitationId: string; readonly expiresAt: string; readonly by: string; readonly byName: string; readonly at: string };
    }
  | { readonly type: 'RevokeInvitation'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'AcceptInvitation'; readonly data: { readonly invitationId: string; readonly at: string } }
  | { readonly type: 'RecordFailedLogin'; readonly data: { readonly at: string; readonly policy: LockoutPolicy } }
  | { readonly type: 'RecordLogin'; readonly data: { readonly at: string } }
  | { readonly type: 'RequestPasswordReset'; readonly data: { readonly resetId: string; readonly expiresAt: string; readonly at: string } }
  | { readonly type: 'ChangePassword'; readonly data: { readonly reason: 'changed'; readonly at: string } }
  | { readonly type: 'ResetPassword'; readonly data: { readonly resetId: string; readonly at: string } }
  | { readonly type: 'ChangeRoles'; readonly data: { readonly roles: readonly Role[]; readonly organizationId: string | null; readonly by: string; readonly at: string } }
  | { readonly type: 'DeactivateUser'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'ReactivateUser'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'UpdateProfile'; readonly data: { readonly name: string; readonly language: string; readonly at: string } }
  | { readonly type: 'SignUp'; readonly data: SignUp & { readonly at: string } }
  | { readonly type: 'ResendVerification'; readonly data: { readonly verificationId: string; readonly expiresAt: string; readonly at: string } }
  | { readonly type: 'VerifyEmail'; readonly data: { readonly verificationId: string; readonly at: string } }
  | { readonly type: 'ApproveSignUp'; readonly data: { readonly organizationId: string; readonly by: string; readonly at: string } }
  | { readonly type: 'DeclineSignUp'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'RecordSignUpAttempt'; readonly data: { readonly at: string } }
  | { readonly type: 'AbandonUnfinishedAccount'; readonly data: { readonly at: string } };

export type UserEvent =
  | {
      readonly type: 'UserInvited';
      readonly data: Profile & {
        readonly userId: string;
        readonly invitationId: string;
        readonly invitedBy: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly invitedAt: string;
      };
    }
  | {
      readonly type: 'InvitationResent';
      /** Carries the recipient so that the email can be sent from this event alone. */
      readonly data: {
        readonly invitationId: string;
        readonly email: string;
        readonly name: string;
        readonly language: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly by: string;
        readonly resentAt: string;
      };
    }
  | { readonly type: 'InvitationRevoked'; readonly data: { readonly by: string; readonly revokedAt: string } }
  | { readonly type: 'InvitationAccepted'; readonly data: { readonly acceptedAt: string } }
  | { readonly type: 'LoginFailed'; readonly data: { readonly failedAt: string } }
  | { readonly type: 'AccountLocked'; readonly data: Recipient & { readonly lockedAt: string; readonly lockedUntil: string } }
  | { readonly type: 'UserLoggedIn'; readonly data: { readonly loggedInAt: string } }
  | { readonly type: 'PasswordResetRequested'; readonly data: Recipient & { readonly resetId: string; readonly expiresAt: string; readonly requestedAt: string } }
  | { readonly type: 'PasswordChanged'; readonly data: Recipient & { readonly reason: 'changed' | 'reset'; readonly changedAt: string } }
  | { readonly type: 'RolesChanged'; readonly data: { readonly roles: readonly Role[]; readonly previousRoles: readonly Role[]; readonly organizationId: string | null; readonly by: string; readonly changedAt: string } }
  | { readonly type: 'UserDeactivated'; readonly data: { readonly by: string; readonly deactivatedAt: string } }
  | { readonly type: 'UserReactivated'; readonly data: { readonly by: string; readonly reactivatedAt: string } }
  | { readonly type: 'ProfileUpdated'; readonly data: { readonly name: string; readonly language: string; readonly updatedAt: string } }
  | { readonly type: 'UserSignedUp'; readonly data: SignUp & { readonly signedUpAt: string } }
  | { readonly type: 'VerificationEmailResent'; readonly data: Recipient & { readonly verificationId: string; readonly expiresAt: string; readonly resentAt: string } }
  | {
      readonly type: 'EmailVerified';
      /** Carries who signed up, so that admins can be told from this event alone when an approval is needed. */
      readonly data: Recipient & { readonly organizationId: string | null; readonly organizationName: string; readonly approvalRequired: boolean; readonly verifiedAt: string };
    }
  | { readonly type: 'SignUpApproved'; readonly data: Recipient & { readonly organizationId: string; readonly by: string; readonly approvedAt: string } }
  | { readonly type: 'SignUpDeclined'; readonly data: { readonly by: string; readonly declinedAt: string } }
  /** Someone tried to sign up with this account's address; the owner is told, the stranger learns nothing. */
  | { readonly type: 'SignUpAttempted'; readonly data: Recipient & { readonly attemptedAt: string } }
  /**
   * Written to the stream of an account that was never created, so that the address it claimed can be given to
   * someone else: the crashed command, if it ever resumes, finds the stream no longer empty and cannot create it.
   */
  | { readonly type: 'UnfinishedAccountAbandoned'; readonly data: { readonly abandonedAt: string } };

export const userStreamName = (userId: string) => `identity-user-${userId}`;
export const userIdOfStream = (streamName: string) => streamName.slice('identity-user-'.length);

type Existing = Exclude<UserState, { status: 'none' }>;

export function userMustBeNew(state: UserState): void {
  if (state.status !== 'none') throw new DomainError('user-already-exists', 'conflict', 'This user already exists');
  if (state.abandoned) throw new DomainError('command-superseded', 'conflict', 'This address was given to another account in the meantime; start again');
}

export function userMustExist(state: UserState): Existing {
  if (state.status === 'none') throw new DomainError('user-not-found', 'not-found', 'There is no such user');
  return state;
}

/** An account that was never created, or will never open (invitation withdrawn, sign-up declined), may lose its address. */
export function accountHasLetGoOfItsAddress(state: UserState): boolean {
  return state.status === 'none' || state.status === 'invitation-revoked' || state.status === 'sign-up-declined';
}

export function mustBeInvited(state: UserState): Extract<UserState, { status: 'invited' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'invited') {
    throw new DomainError(existing.status === 'invitation-revoked' ? 'invitation-revoked' : 'invitation-already-used', 'conflict', 'This invitation can no longer be used');
  }
  return existing;
}

export function invitationMustBeValid(state: Extract<UserState, { status: 'invited' }>, invitationId: string, at: string): void {
  if (state.invitationId !== invitationId) {
    throw new DomainError('invitation-replaced', 'conflict', 'A newer invitation was sent; use the link in the latest email');
  }
  if (Date.parse(state.invitationExpiresAt) <= Date.parse(at)) {
    throw new DomainError('invitation-expired', 'conflict', 'This invitation has expired; ask the legal team to send a new one');
  }
}

export function mustBeUnverified(state: UserState): Extract<UserState, { status: 'unverified' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'unverified') throw new DomainError('email-already-verified', 'conflict', 'This email address is already confirmed');
  return existing;
}

export function verificationMustBeValid(state: Extract<UserState, { status: 'unverified' }>, verificationId: string, at: string): void {
  if (state.verificationId !== verificationId) {
    throw new DomainError('verification-replaced', 'conflict', 'A newer confirmation email was sent; use the link in the latest one');
  }
  if (Date.parse(state.verificationExpiresAt) <= Date.parse(at)) {
    throw new DomainError('verification-expired', 'conflict', 'This confirmation link has expired; ask for a new one');
  }
}

export function mustAwaitApproval(state: UserState): Extract<UserState, { status: 'awaiting-approval' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'awaiting-approval') throw new DomainError('sign-up-not-awaiting-approval', 'conflict', 'This account is not waiting for approval');
  return existing;
}

export function mustBeActive(state: UserState): Extract<UserState, { status: 'active' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'active') throw new DomainError('user-not-active', 'conflict', 'This account is not active');
  return existing;
}

/** Clients belong to a client organization; legal staff do not. */
export function rolesMustFit(roles: readonly Role[], organizationId: string | null): void {
  if (roles.length === 0) throw new DomainError('roles-required', 'invalid', 'A user needs at least one role', { field: 'roles' });
  const client = roles.includes('client');
  if (client && roles.length > 1) throw new DomainError('client-role-exclusive', 'invalid', 'A client user cannot also be legal staff', { field: 'roles' });
  if (client && !organizationId) throw new DomainError('organization-required', 'invalid', 'A client user belongs to a client organization', { field: 'organizationId' });
  if (!client && organizationId) throw new DomainError('organization-not-allowed', 'invalid', 'Legal staff do not belong to a client organization', { field: 'organizationId' });
}

export function resetMustBePending(state: Extract<UserState, { status: 'active' }>, resetId: string, at: string): void {
  if (!state.pendingReset || state.pendingReset.resetId !== resetId) {
    throw new DomainError('reset-link-used', 'conflict', 'This password reset link was already used or replaced by a newer one');
  }
  if (Date.parse(state.pendingReset.expiresAt) <= Date.parse(at)) {
    throw new DomainError('reset-link-expired', 'conflict', 'This password reset link has expired; ask for a new one');
  }
}

export function isLocked(state: UserState, at: string): boolean {
  return state.status === 'active' && state.lockedUntil !== null && Date.parse(state.lockedUntil) > Date.parse(at);
}

/** Why a password, even a right one, does not open a session; null when it may. */
export function reasonLoginIsRefused(state: UserState, at: string): 'unknown' | 'not-activated' | 'not-verified' | 'awaiting-approval' | 'deactivated' | 'locked' | null {
  switch (state.status) {
    case 'none':
      return 'unknown';
    case 'invited':
    case 'invitation-revoked':
    case 'sign-up-declined':
      return 'not-activated';
    case 'unverified':
      return 'not-verified';
    case 'awaiting-approval':
      return 'awaiting-approval';
    case 'deactivated':
      return 'deactivated';
    case 'active':
      return isLocked(state, at) ? 'locked' : null;
    default:
      return assertNever(state, 'user state');
  }
}

const minutesAfter = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

export function decide(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'InviteUser': {
      userMustBeNew(state);
      const { at, ...invitation } = command.data;
      rolesMustFit(invitation.roles, invitation.organizationId);
      return [{ type: 'UserInvited', data: { ...invitation, email: invitation.email.toLowerCase(), invitedAt: at } }];
    }
    case 'ResendInvitation': {
      const invited = mustBeInvited(state);
      const { invitationId, expiresAt, by, byName, at } = command.data;
      return [
        {
          type: 'InvitationResent',
          data: { invitationId, email: invited.email, name: invited.name, language: invited.language, inviterName: byName, expiresAt, by, resentAt: at },
        },
      ];
    }
    case 'RevokeInvitation':
      mustBeInvited(state);
      return [{ type: 'InvitationRevoked', data: { by: command.data.by, revokedAt: command.data.at } }];
    case 'AcceptInvitation': {
      const invited = mustBeInvited(state);
      invitationMustBeValid(invited, command.data.invitationId, command.data.at);
      return [{ type: 'InvitationAccepted', data: { acceptedAt: command.data.at } }];
    }
    case 'RecordFailedLogin': {
      const active = mustBeActive(state);
      const { at, policy } = command.data;
      if (isLocked(active, at)) return [{ type: 'LoginFailed', data: { failedAt: at } }];
      const windowStart = Date.parse(at) - policy.windowMinutes * 60_000;
      const failures = [...active.recentFailures, at].filter((failure) => Date.parse(failure) > windowStart);
      const events: UserEvent[] = [{ type: 'LoginFailed', data: { failedAt: at } }];
      if (failures.length >= policy.maxFailures) {
        events.push({ type: 'AccountLocked', data: { ...recipientOf(active), lockedAt: at, lockedUntil: minutesAfter(at, policy.lockMinutes) } });
      }
      return events;
    }
    case 'RecordLogin': {
      const active = mustBeActive(state);
      if (isLocked(active, command.data.at)) throw new DomainError('account-locked', 'forbidden', 'This account is locked for a while', { lockedUntil: active.lockedUntil });
      return [{ type: 'UserLoggedIn', data: { loggedInAt: command.data.at } }];
    }
    case 'RequestPasswordReset': {
      const active = mustBeActive(state);
      return [{ type: 'PasswordResetRequested', data: { ...recipientOf(active), resetId: command.data.resetId, expiresAt: command.data.expiresAt, requestedAt: command.data.at } }];
    }
    case 'ChangePassword': {
      const active = mustBeActive(state);
      return [{ type: 'PasswordChanged', data: { ...recipientOf(active), reason: 'changed', changedAt: command.data.at } }];
    }
    case 'ResetPassword': {
      const active = mustBeActive(state);
      resetMustBePending(active, command.data.resetId, command.data.at);
      return [{ type: 'PasswordChanged', data: { ...recipientOf(active), reason: 'reset', changedAt: command.data.at } }];
    }
    case 'ChangeRoles': {
      const existing = userMustExist(state);
      const { roles: next, organizationId, by, at } = command.data;
      rolesMustFit(next, organizationId);
      if (sameRoles(existing.roles, next) && existing.organizationId === organizationId) return [];
      return [{ type: 'RolesChanged', data: { roles: next, previousRoles: existing.roles, organizationId, by, changedAt: at } }];
    }
    case 'DeactivateUser': {
      const existing = userMustExist(state);
      if (existing.status === 'deactivated') return [];
      mustBeActive(state);
      return [{ type: 'UserDeactivated', data: { by: command.data.by, deactivatedAt: command.data.at } }];
    }
    case 'ReactivateUser': {
      const existing = userMustExist(state);
      if (existing.status === 'active') return [];
      if (existing.status !== 'deactivated') throw new DomainError('user-not-deactivated', 'conflict', 'Only a deactivated account can be reactivated');
      return [{ type: 'UserReactivated', data: { by: command.data.by, reactivatedAt: command.data.at } }];
    }
    case 'UpdateProfile': {
      const existing = userMustExist(state);
      if (existing.name === command.data.name && existing.language === command.data.language) return [];
      return [{ type: 'ProfileUpdated', data: { name: command.data.name, language: command.data.language, updatedAt: command.data.at } }];
    }
    case 'SignUp': {
      userMustBeNew(state);
      const { at, ...signUp } = command.data;
      return [{ type: 'UserSignedUp', data: { ...signUp, email: signUp.email.toLowerCase(), signedUpAt: at } }];
    }
    case 'ResendVerification': {
      const unverified = mustBeUnverified(state);
      const { verificationId, expiresAt, at } = command.data;
      return [{ type: 'VerificationEmailResent', data: { ...recipientOf(unverified), verificationId, expiresAt, resentAt: at } }];
    }
    case 'VerifyEmail': {
      const unverified = mustBeUnverified(state);
      verificationMustBeValid(unverified, command.data.verificationId, command.data.at);
      const { organizationId, organizationName, approvalRequired } = unverified;
      return [{ type: 'EmailVerified', data: { ...recipientOf(unverified), organizationId, organizationName, approvalRequired, verifiedAt: command.data.at } }];
    }
    case 'ApproveSignUp': {
      const waiting = mustAwaitApproval(state);
      const { organizationId, by, at } = command.data;
      return [{ type: 'SignUpApproved', data: { ...recipientOf(waiting), organizationId, by, approvedAt: at } }];
    }
    case 'DeclineSignUp': {
      const existing = userMustExist(state);
      if (existing.status === 'sign-up-declined') return [];
      if (existing.status !== 'awaiting-approval' && existing.status !== 'unverified') {
        throw new DomainError('sign-up-not-awaiting-approval', 'conflict', 'This account is not waiting for approval');
      }
      return [{ type: 'SignUpDeclined', data: { by: command.data.by, declinedAt: command.data.at } }];
    }
    case 'RecordSignUpAttempt':
      return [{ type: 'SignUpAttempted', data: { ...recipientOf(userMustExist(state)), attemptedAt: command.data.at } }];
    case 'AbandonUnfinishedAccount':
      return state.status === 'none' && !state.abandoned ? [{ type: 'UnfinishedAccountAbandoned', data: { abandonedAt: command.data.at } }] : [];
    default:
      return assertNever(command, 'user command');
  }
}

function sameRoles(left: readonly Role[], right: readonly Role[]): boolean {
  return left.length === right.length && left.every((role) => right.includes(role));
}

export function evolve(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserInvited': {
      const { email, name, roles: invitedRoles, organizationId, language, expiresAt, invitationId } = event.data;
      return { status: 'invited', email, name, roles: invitedRoles, organizationId, language, invitationId, invitationExpiresAt: expiresAt };
    }
    case 'InvitationResent':
      return state.status === 'invited' ? { ...state, invitationId: event.data.invitationId, invitationExpiresAt: event.data.expiresAt } : state;
    case 'InvitationRevoked':
      return state.status === 'none' ? state : { ...profileOf(state), status: 'invitation-revoked' };
    case 'InvitationAccepted':
    case 'UserReactivated':
      return state.status === 'none' ? state : { ...profileOf(state), status: 'active', recentFailures: [], lockedUntil: null, pendingReset: null };
    case 'LoginFailed':
      return state.status === 'active' ? { ...state, recentFailures: [...state.recentFailures, event.data.failedAt].slice(-20) } : state;
    case 'AccountLocked':
      return state.status === 'active' ? { ...state, lockedUntil: event.data.lockedUntil, recentFailures: [] } : state;
    case 'UserLoggedIn':
      return state.status === 'active' ? { ...state, recentFailures: [], lockedUntil: null } : state;
    case 'PasswordChanged':
      // A new password ends a lock-out (whoever was guessing the old one has nothing left to guess) and any reset link.
      return state.status === 'active' ? { ...state, recentFailures: [], lockedUntil: null, pendingReset: null } : state;
    case 'PasswordResetRequested':
      return state.status === 'active' ? { ...state, pendingReset: { resetId: event.data.resetId, expiresAt: event.data.expiresAt } } : state;
    case 'RolesChanged':
      return state.status === 'none' ? state : { ...state, roles: event.data.roles, organizationId: event.data.organizationId };
    case 'UserDeactivated':
      return state.status === 'none' ? state : { ...profileOf(state), status: 'deactivated' };
    case 'ProfileUpdated':
      return state.status === 'none' ? state : { ...state, name: event.data.name, language: event.data.language };
    case 'UserSignedUp': {
      const { email, name, language, organizationId, organizationName, approvalRequired, verificationId, expiresAt } = event.data;
      return { status: 'unverified', email, name, language, roles: ['client'], organizationId, organizationName, approvalRequired, verificationId, verificationExpiresAt: expiresAt };
    }
    case 'VerificationEmailResent':
      return state.status === 'unverified' ? { ...state, verificationId: event.data.verificationId, verificationExpiresAt: event.data.expiresAt } : state;
    case 'EmailVerified':
      if (state.status === 'none') return state;
      return event.data.approvalRequired
        ? { ...profileOf(state), status: 'awaiting-approval', organizationName: event.data.organizationName }
        : { ...profileOf(state), status: 'active', recentFailures: [], lockedUntil: null, pendingReset: null };
    case 'SignUpApproved':
      return state.status === 'none' ? state : { ...profileOf(state), organizationId: event.data.organizationId, status: 'active', recentFailures: [], lockedUntil: null, pendingReset: null };
    case 'SignUpDeclined':
      return state.status === 'none' ? state : { ...profileOf(state), status: 'sign-up-declined' };
    case 'SignUpAttempted':
      return state;
    case 'UnfinishedAccountAbandoned':
      return state.status === 'none' ? { status: 'none', abandoned: true } : state;
    default:
      return assertNever(event, 'user event');
  }
}

function profileOf(state: Existing): Profile {
  return { email: state.email, name: state.name, roles: state.roles, organizationId: state.organizationId, language: state.language };
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = { initialState: () => ({ status: 'none' }), decide, evolve };
