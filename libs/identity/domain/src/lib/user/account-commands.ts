import { DomainError } from '@lexport/shared-ddd';
import type { Role, UserCommandOf, UserEvent, UserState } from './user-model';
import { mustBeActive, rolesMustFit, userMustExist } from './user-rules';

function sameRoles(left: readonly Role[], right: readonly Role[]): boolean {
  return left.length === right.length && left.every((role) => right.includes(role));
}

export function changeRoles(command: UserCommandOf<'ChangeRoles'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  const { roles, organizationId, by, at } = command.data;
  rolesMustFit(roles, organizationId);
  if (sameRoles(existing.roles, roles) && existing.organizationId === organizationId) return [];
  return [
    {
      type: 'RolesChanged',
      data: { userId: existing.userId, roles, previousRoles: existing.roles, organizationId, by, changedAt: at },
    },
  ];
}

export function deactivateUser(command: UserCommandOf<'DeactivateUser'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  if (existing.status === 'deactivated') return [];
  mustBeActive(state);
  return [
    { type: 'UserDeactivated', data: { userId: existing.userId, by: command.data.by, deactivatedAt: command.data.at } },
  ];
}

export function reactivateUser(command: UserCommandOf<'ReactivateUser'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  if (existing.status === 'active') return [];
  if (existing.status !== 'deactivated')
    throw new DomainError('user-not-deactivated', 'conflict', 'Only a deactivated account can be reactivated');
  return [
    { type: 'UserReactivated', data: { userId: existing.userId, by: command.data.by, reactivatedAt: command.data.at } },
  ];
}

export function updateProfile(command: UserCommandOf<'UpdateProfile'>, state: UserState): UserEvent[] {
  const existing = userMustExist(state);
  const { name, language, at } = command.data;
  if (existing.name === name && existing.language === language) return [];
  return [{ type: 'ProfileUpdated', data: { userId: existing.userId, name, language, updatedAt: at } }];
}

/** Only an account that was never created can be abandoned; anything else is left as it is. */
export function abandonUnfinishedAccount(
  command: UserCommandOf<'AbandonUnfinishedAccount'>,
  state: UserState,
): UserEvent[] {
  return state.status === 'none' && !state.abandoned
    ? [{ type: 'UnfinishedAccountAbandoned', data: { abandonedAt: command.data.at } }]
    : [];
}
