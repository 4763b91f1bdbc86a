import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * What a person has read among their in-app notifications. The notifications themselves are derived from other
 * contexts' events (a projection); only the reading is this person's own act, so only it is recorded here.
 */
export type InboxCommand =
  | {
      readonly type: 'MarkNotificationsRead';
      readonly data: { readonly notificationIds: readonly string[]; readonly at: string };
    }
  | {
      readonly type: 'MarkAllNotificationsRead';
      readonly data: { readonly upToPosition: number; readonly at: string };
    };

export type InboxEvent =
  | {
      readonly type: 'NotificationsRead';
      readonly data: { readonly notificationIds: readonly string[]; readonly readAt: string };
    }
  | {
      readonly type: 'AllNotificationsRead';
      readonly data: { readonly upToPosition: number; readonly readAt: string };
    };

export interface InboxState {
  readonly readUpToPosition: number;
}

export const inboxStreamName = (userId: string) => `notifications-inbox-${userId}`;
export const userIdOfInboxStream = (streamName: string) => streamName.slice('notifications-inbox-'.length);

export function somethingMustBeMarked(notificationIds: readonly string[]): void {
  if (notificationIds.length === 0)
    throw new DomainError('notifications-required', 'invalid', 'Say which notifications were read', {
      field: 'notificationIds',
    });
}

export const inboxDecider: Decider<InboxCommand, InboxEvent, InboxState> = {
  initialState: () => ({ readUpToPosition: -1 }),
  decide(command, state) {
    switch (command.type) {
      case 'MarkNotificationsRead':
        somethingMustBeMarked(command.data.notificationIds);
        return [
          {
            type: 'NotificationsRead',
            data: { notificationIds: [...new Set(command.data.notificationIds)], readAt: command.data.at },
          },
        ];
      case 'MarkAllNotificationsRead':
        if (command.data.upToPosition <= state.readUpToPosition) return [];
        return [
          { type: 'AllNotificationsRead', data: { upToPosition: command.data.upToPosition, readAt: command.data.at } },
        ];
      default:
        return assertNever(command, 'inbox command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'NotificationsRead':
        return state;
      case 'AllNotificationsRead':
        return { readUpToPosition: Math.max(state.readUpToPosition, event.data.upToPosition) };
      default:
        return assertNever(event, 'inbox event');
    }
  },
};
