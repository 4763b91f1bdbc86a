import { DomainError } from '@lexport/shared-ddd';
import type { UserCommandOf, UserEvent, UserState } from './user-model';
import { recipientOf } from './user-model';
import { isLocked, mustBeActive } from './user-rules';

const minutesAfter = (at: string, minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

export function recordFailedLogin(command: UserCommandOf<'RecordFailedLogin'>, state: UserState): UserEvent[] {
  const active = mustBeActive(state);
  const { at, policy } = command.data;
  const { userId } = active;
  if (isLocked(active, at)) return [{ type: 'LoginFailed', data: { userId, failedAt: at } }];
  const windowStart = Date.parse(at) - policy.windowMinutes * 60_000;
  const failures = [...active.recentFailures, at].filter((failure) => Date.parse(failure) > windowStart);
  const events: UserEvent[] = [{ type: 'LoginFailed', data: { userId, failedAt: at } }];
  if (failures.length >= policy.maxFailures) {
    events.push({
      type: 'AccountLocked',
      data: { userId, ...recipientOf(active), lockedAt: at, lockedUntil: minutesAfter(at, policy.lockMinutes) },
    });
  }
  return events;
}

export function recordLogin(command: UserCommandOf<'RecordLogin'>, state: UserState): UserEvent[] {
  const active = mustBeActive(state);
  if (isLocked(active, command.data.at))
    throw new DomainError('account-locked', 'forbidden', 'This account is locked for a while', {
      lockedUntil: active.lockedUntil,
    });
  return [{ type: 'UserLoggedIn', data: { userId: active.userId, loggedInAt: command.data.at } }];
}
