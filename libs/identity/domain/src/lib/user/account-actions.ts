import { DomainError } from '@lexport/shared-ddd';
import type { Role, UserState } from './user-model';

/** What an admin may do to an account, as the users page offers it; history is always there and not listed. */
export const accountActions = [
  'resend-invitation',
  'revoke-invitation',
  'change-roles',
  'deactivate',
  'reactivate',
  'approve-sign-up',
  'decline-sign-up',
] as const;
export type AccountAction = (typeof accountActions)[number];

type AccountStatus = Exclude<UserState['status'], 'none'>;

const actionsByStatus: Record<AccountStatus, readonly AccountAction[]> = {
  invited: ['resend-invitation', 'change-roles', 'revoke-invitation'],
  'invitation-revoked': [],
  active: ['change-roles', 'deactivate'],
  deactivated: ['reactivate'],
  unverified: ['decline-sign-up'],
  'awaiting-approval': ['approve-sign-up', 'decline-sign-up'],
  'sign-up-declined': [],
};

/** An admin changes their own roles with care and never locks themselves out. */
const actionsOnOneself: readonly AccountAction[] = ['change-roles'];

/**
 * The actions the decider would accept on an account in this status (a unit spec checks it against `decide`), less
 * those an admin may not take on their own account.
 */
export function actionsOnAccount(status: AccountStatus, onOneself: boolean): readonly AccountAction[] {
  const possible = actionsByStatus[status];
  return onOneself ? possible.filter((action) => actionsOnOneself.includes(action)) : possible;
}

export function adminMayNotDeactivateThemselves(adminId: string, userId: string): void {
  if (adminId === userId)
    throw new DomainError('own-deactivation', 'conflict', 'You cannot deactivate your own account; ask another admin');
}

export function adminMayNotDropOwnAdminRole(adminId: string, userId: string, roles: readonly Role[]): void {
  if (adminId === userId && !roles.includes('admin')) {
    throw new DomainError('own-admin-role', 'conflict', 'You cannot remove your own admin role; ask another admin', {
      field: 'roles',
    });
  }
}
