import { createHash } from 'node:crypto';
import type { Recorded } from '@lexport/shared-eventstore';
import type { ProjectionWriter } from '@lexport/shared-projections';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { NotificationKind, NotificationView } from '@lexport/notifications-published';
import type { IdentityUserEvent, UserRole } from '@lexport/identity-published';
import { userIdOfInboxStream } from '@lexport/notifications-domain';
import type { InboxEvent } from '@lexport/notifications-domain';

export type NotificationDocument = ReadModelDocument & Omit<NotificationView, 'read'> & { readonly userId: string; readonly read: boolean };

/** Who may be notified, as this context knows them from identity's public events. */
export type PersonDocument = ReadModelDocument & {
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly roles: readonly UserRole[];
  readonly active: boolean;
  readonly invitedBy: string | null;
};

/** Ids of the people who hold the admin role (any status): notifications for "the admins" go to the active ones. */
type AdminRosterDocument = ReadModelDocument & { readonly userIds: readonly string[] };
type ReaderDocument = ReadModelDocument & { readonly readUpToPosition: number };

export const inboxCollections = { notifications: 'notifications', people: 'people', readers: 'readers' } as const;
const adminRosterId = 'admins';

export function notificationId(sourceEventId: string, userId: string, kind: NotificationKind): string {
  return createHash('sha256').update(`${sourceEventId}\n${userId}\n${kind}`).digest('hex').slice(0, 32);
}

/**
 * In-app notifications, one list per person, derived from other contexts' events; reading them is the person's own
 * event (notifications-inbox-<userId>). Rebuildable: a replay gives the same notifications, read or not.
 */
export const inboxProjection = defineProjection<Recorded<IdentityUserEvent> | Recorded<InboxEvent>>({
  name: 'notifications_inbox',
  version: 1,
  collections: {
    [inboxCollections.notifications]: { indexes: ['userId', 'position', 'read'] },
    [inboxCollections.people]: { indexes: ['email'] },
    [inboxCollections.readers]: {},
  },
  eventTypes: [
    'UserInvited',
    'InvitationAccepted',
    'UserSignedUp',
    'EmailVerified',
    'SignUpApproved',
    'SignUpDeclined',
    'RolesChanged',
    'ProfileUpdated',
    'UserDeactivated',
    'UserReactivated',
    'PasswordChanged',
    'AccountLocked',
    'NotificationsRead',
    'AllNotificationsRead',
  ],
  async apply(event, writer) {
    if (event.type === 'NotificationsRead' || event.type === 'AllNotificationsRead') {
      await applyReading(event, userIdOfInboxStream(event.streamName), writer);
      return;
    }
    const { userId } = event.data;
    const notify = (recipient: string, kind: NotificationKind, params: Record<string, string>, link: string | null) =>
      writer.upsert(inboxCollections.notifications, {
        id: notificationId(event.id, recipient, kind),
        userId: recipient,
        kind,
        params,
        link,
        createdAt: event.recordedAt,
        position: event.position,
        read: false,
      } satisfies NotificationDocument);
    switch (event.type) {
      case 'UserInvited': {
        const { data } = event;
        await writer.upsert(inboxCollections.people, { id: userId, email: data.email, name: data.name, language: data.language, roles: data.roles, active: false, invitedBy: data.invitedBy } satisfies PersonDocument);
        await updateAdminRoster(writer, userId, data.roles);
        return;
      }
      case 'UserSignedUp': {
        const { data } = event;
        await writer.upsert(inboxCollections.people, { id: userId, email: data.email, name: data.name, language: data.language, roles: ['client'], active: false, invitedBy: null } satisfies PersonDocument);
        return;
      }
      case 'InvitationAccepted': {
        await writer.patch(inboxCollections.people, userId, { active: true });
        const person = await writer.get<PersonDocument>(inboxCollections.people, userId);
        if (person?.invitedBy && !person.invitedBy.startsWith('system:')) await notify(person.invitedBy, 'invitation-accepted', { name: person.name, email: person.email }, '/admin/users');
        return;
      }
      case 'EmailVerified': {
        const { data } = event;
        if (!data.approvalRequired) {
          await writer.patch(inboxCollections.people, userId, { active: true });
          return;
        }
        for (const admin of await activeAdmins(writer)) {
          await notify(admin.id, 'sign-up-awaiting-approval', { name: data.name, email: data.email, organizationName: data.organizationName }, '/admin/users?status=awaiting-approval');
        }
        return;
      }
      case 'SignUpApproved':
        await writer.patch(inboxCollections.people, userId, { active: true });
        await notify(userId, 'sign-up-approved', {}, null);
        return;
      case 'SignUpDeclined':
      case 'UserDeactivated':
        await writer.patch(inboxCollections.people, userId, { active: false });
        return;
      case 'UserReactivated':
        await writer.patch(inboxCollections.people, userId, { active: true });
        return;
      case 'RolesChanged': {
        const { data } = event;
        await writer.patch(inboxCollections.people, userId, { roles: data.roles });
        await updateAdminRoster(writer, userId, data.roles);
        await notify(userId, 'roles-changed', { roles: data.roles.join(', ') }, '/profile');
        return;
      }
      case 'ProfileUpdated': {
        const { data } = event;
        await writer.patch(inboxCollections.people, userId, { name: data.name, language: data.language });
        return;
      }
      case 'PasswordChanged':
        await notify(userId, 'password-changed', {}, '/profile');
        return;
      case 'AccountLocked':
        await notify(userId, 'account-locked', { lockedUntil: event.data.lockedUntil }, '/profile');
        return;
      default:
        return;
    }
  },
});

async function applyReading(event: InboxEvent, userId: string, writer: ProjectionWriter): Promise<void> {
  if (event.type === 'AllNotificationsRead') {
    await writer.upsert(inboxCollections.readers, { id: userId, readUpToPosition: event.data.upToPosition } satisfies ReaderDocument);
    return;
  }
  for (const id of event.data.notificationIds) {
    const notification = await writer.get<NotificationDocument>(inboxCollections.notifications, id);
    // Only one's own notifications: an id of someone else's is ignored, not marked.
    if (notification?.userId === userId) await writer.patch(inboxCollections.notifications, id, { read: true });
  }
}

async function updateAdminRoster(writer: ProjectionWriter, userId: string, roles: readonly UserRole[]): Promise<void> {
  const roster = (await writer.get<AdminRosterDocument>(inboxCollections.readers, adminRosterId))?.userIds ?? [];
  const next = roles.includes('admin') ? [...new Set([...roster, userId])] : roster.filter((id) => id !== userId);
  if (next.length !== roster.length) await writer.upsert(inboxCollections.readers, { id: adminRosterId, userIds: next } satisfies AdminRosterDocument);
}

/** The admins who can act now; used by this projection and by the email rules that write to "the admins". */
export async function activeAdmins(reader: Pick<ProjectionWriter, 'get'>): Promise<PersonDocument[]> {
  const roster = (await reader.get<AdminRosterDocument>(inboxCollections.readers, adminRosterId))?.userIds ?? [];
  const people = await Promise.all(roster.map((id) => reader.get<PersonDocument>(inboxCollections.people, id)));
  return people.filter((person): person is PersonDocument => Boolean(person?.active));
}

/** Where all of a person's notifications up to this position count as read. */
export async function readUpTo(reader: Pick<ProjectionWriter, 'get'>, userId: string): Promise<number> {
  return (await reader.get<ReaderDocument>(inboxCollections.readers, userId))?.readUpToPosition ?? -1;
}
