import type { UserCommandOf, UserEvent, UserState } from './user-model';
import { recipientOf } from './user-model';
import { mustBeActive, resetMustBePending } from './user-rules';

export function requestPasswordReset(command: UserCommandOf<'RequestPasswordReset'>, state: UserState): UserEvent[] {
  const active = mustBeActive(state);
  const { resetId, expiresAt, at } = command.data;
  return [
    {
      type: 'PasswordResetRequested',
      data: { userId: active.userId, ...recipientOf(active), resetId, expiresAt, requestedAt: at },
    },
  ];
}

export function changePassword(command: UserCommandOf<'ChangePassword'>, state: UserState): UserEvent[] {
  const active = mustBeActive(state);
  return [
    {
      type: 'PasswordChanged',
      data: { userId: active.userId, ...recipientOf(active), reason: 'changed', changedAt: command.data.at },
    },
  ];
}

export function resetPassword(command: UserCommandOf<'ResetPassword'>, state: UserState): UserEvent[] {
  const active = mustBeActive(state);
  resetMustBePending(active, command.data.resetId, command.data.at);
  return [
    {
      type: 'PasswordChanged',
      data: { userId: active.userId, ...recipientOf(active), reason: 'reset', changedAt: command.data.at },
    },
  ];
}
