import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { ExistingUser, Role, UserState } from './user-model';

export function userMustBeNew(state: UserState): void {
  if (state.status !== 'none') throw new DomainError('user-already-exists', 'conflict', 'This user already exists');
  if (state.abandoned)
    throw new DomainError(
      'command-superseded',
      'conflict',
      'This address was given to another account in the meantime; start again',
    );
}

export function userMustExist(state: UserState): ExistingUser {
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
    throw new DomainError(
      existing.status === 'invitation-revoked' ? 'invitation-revoked' : 'invitation-already-used',
      'conflict',
      'This invitation can no longer be used',
    );
  }
  return existing;
}

export function invitationMustBeValid(
  state: Extract<UserState, { status: 'invited' }>,
  invitationId: string,
  at: string,
): void {
  if (state.invitationId !== invitationId) {
    throw new DomainError(
      'invitation-replaced',
      'conflict',
      'A newer invitation was sent; use the link in the latest email',
    );
  }
  if (Date.parse(state.invitationExpiresAt) <= Date.parse(at)) {
    throw new DomainError(
      'invitation-expired',
      'conflict',
      'This invitation has expired; ask the legal team to send a new one',
    );
  }
}

export function mustBeUnverified(state: UserState): Extract<UserState, { status: 'unverified' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'unverified')
    throw new DomainError('email-already-verified', 'conflict', 'This email address is already confirmed');
  return existing;
}

export function verificationMustBeValid(
  state: Extract<UserState, { status: 'unverified' }>,
  verificationId: string,
  at: string,
): void {
  if (state.verificationId !== verificationId) {
    throw new DomainError(
      'verification-replaced',
      'conflict',
      'A newer confirmation email was sent; use the link in the latest one',
    );
  }
  if (Date.parse(state.verificationExpiresAt) <= Date.parse(at)) {
    throw new DomainError('verification-expired', 'conflict', 'This confirmation link has expired; ask for a new one');
  }
}

export function mustAwaitApproval(state: UserState): Extract<UserState, { status: 'awaiting-approval' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'awaiting-approval')
    throw new DomainError('sign-up-not-awaiting-approval', 'conflict', 'This account is not waiting for approval');
  return existing;
}

export function mustBeActive(state: UserState): Extract<UserState, { status: 'active' }> {
  const existing = userMustExist(state);
  if (existing.status !== 'active') throw new DomainError('user-not-active', 'conflict', 'This account is not active');
  return existing;
}

/** Clients belong to a client organization; legal staff do not. */
export function rolesMustFit(roles: readonly Role[], organizationId: string | null): void {
  if (roles.length === 0)
    throw new DomainError('roles-required', 'invalid', 'A user needs at least one role', { field: 'roles' });
  const client = roles.includes('client');
  if (client && roles.length > 1)
    throw new DomainError('client-role-exclusive', 'invalid', 'A client user cannot also be legal staff', {
      field: 'roles',
    });
  if (client && !organizationId)
    throw new DomainError('organization-required', 'invalid', 'A client user belongs to a client organization', {
      field: 'organizationId',
    });
  if (!client && organizationId)
    throw new DomainError('organization-not-allowed', 'invalid', 'Legal staff do not belong to a client organization', {
      field: 'organizationId',
    });
}

export function resetMustBePending(state: Extract<UserState, { status: 'active' }>, resetId: string, at: string): void {
  if (!state.pendingReset || state.pendingReset.resetId !== resetId) {
    throw new DomainError(
      'reset-link-used',
      'conflict',
      'This password reset link was already used or replaced by a newer one',
    );
  }
  if (Date.parse(state.pendingReset.expiresAt) <= Date.parse(at)) {
    throw new DomainError('reset-link-expired', 'conflict', 'This password reset link has expired; ask for a new one');
  }
}

export function isLocked(state: UserState, at: string): boolean {
  return state.status === 'active' && state.lockedUntil !== null && Date.parse(state.lockedUntil) > Date.parse(at);
}

/** Why a password, even a right one, does not open a session; null when it may. */
export function reasonLoginIsRefused(
  state: UserState,
  at: string,
): 'unknown' | 'not-activated' | 'not-verified' | 'awaiting-approval' | 'deactivated' | 'locked' | null {
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
