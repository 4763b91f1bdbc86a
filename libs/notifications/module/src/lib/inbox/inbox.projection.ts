import { createHash } from 'node:crypto';
import { assertNever } from '@lexport/shared-ddd';
import type { Recorded, RecordedEvent } from '@lexport/shared-eventstore';
import type { ProjectionWriter } from '@lexport/shared-projections';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type {
  InAppContribution,
  NoticeDirectory,
  NotificationView,
  PublishedEventEnvelope,
} from '@lexport/notifications-published';
import type { IdentityUserEvent, UserRole } from '@lexport/identity-published';
import { userIdOfInboxStream } from '@lexport/notifications-domain';
import type { InboxEvent } from '@lexport/notifications-domain';

export type NotificationDocument = ReadModelDocument &
  Omit<NotificationView, 'read'> & { readonly userId: string; readonly read: boolean };

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

export function notificationId(sourceEventId: string, userId: string, kind: string): string {
  return createHash('sha256').update(`${sourceEventId}\n${userId}\n${kind}`).digest('hex').slice(0, 32);
}

export const inboxProjectionName = 'notifications_inbox';

/** The identity events that keep notifications' own directory of people (names, languages, roles, who is active). */
const directoryEventTypes = [
  'UserInvited',
  'UserSignedUp',
  'InvitationAccepted',
  'EmailVerified',
  'SignUpApproved',
  'SignUpDeclined',
  'UserDeactivated',
  'UserReactivated',
  'RolesChanged',
  'ProfileUpdated',
] as const satisfies readonly IdentityUserEvent['type'][];

type DirectoryEvent = Recorded<Extract<IdentityUserEvent, { type: (typeof directoryEventTypes)[number] }>>;

/**
 * In-app notifications, one list per person: each context's in-app rules say which notifications its events cause;
 * this projection keeps the directory of people they go to and the lists. Reading is the person's own event
 * (notifications-inbox-<userId>). Rebuildable: a replay gives the same notifications, read or not.
 */
export function inboxProjection(contributions: readonly InAppContribution[]) {
  const rules = contributions.flatMap((contribution) => contribution.rules);
  const ruleTypes = [...new Set(rules.map((rule) => rule.eventType))];
  return defineProjection<DirectoryEvent | Recorded<InboxEvent> | RecordedEvent>({
    name: inboxProjectionName,
    // The rules are the contributions': a new version of any of them rebuilds the inbox.
    version: contributions.reduce((version, contribution) => version + contribution.version, 1),
    collections: {
      [inboxCollections.notifications]: { indexes: ['userId', 'position', 'read'] },
      [inboxCollections.people]: { indexes: ['email'] },
      [inboxCollections.readers]: {},
    },
    eventTypes: [
      ...new Set<string>([...directoryEventTypes, 'NotificationsRead', 'AllNotificationsRead', ...ruleTypes]),
    ],
    async apply(event, writer) {
      if (isReading(event)) {
        await applyReading(event, userIdOfInboxStream(event.streamName), writer);
        return;
      }
      if (isDirectoryEvent(event)) await updateDirectory(event, writer);
      const people: NoticeDirectory = {
        person: (userId) => writer.get<PersonDocument>(inboxCollections.people, userId),
      };
      for (const rule of rules.filter((candidate) => candidate.eventType === event.type)) {
        for (const notice of await rule.notices(event as PublishedEventEnvelope, people)) {
          const recipients =
            typeof notice.to === 'string' ? [notice.to] : (await activeAdmins(writer)).map((admin) => admin.id);
          for (const recipient of recipients) {
            await writer.upsert(inboxCollections.notifications, {
              id: notificationId(event.id, recipient, notice.kind),
              userId: recipient,
              kind: notice.kind,
              params: notice.params,
              link: notice.link,
              createdAt: event.recordedAt,
              position: event.position,
              read: false,
            } satisfies NotificationDocument);
          }
        }
      }
    },
  });
}

const isReading = (event: { type: string }): event is Recorded<InboxEvent> =>
  event.type === 'NotificationsRead' || event.type === 'AllNotificationsRead';
const isDirectoryEvent = (event: { type: string }): event is DirectoryEvent =>
  (directoryEventTypes as readonly string[]).includes(event.type);

/** A person as they join the directory: not active until they accept an invitation or confirm their sign-up. */
function personOf(
  data: { readonly userId: string; readonly email: string; readonly name: string; readonly language: string },
  roles: readonly UserRole[],
  invitedBy: string | null,
): PersonDocument {
  return {
    id: data.userId,
    email: data.email,
    name: data.name,
    language: data.language,
    roles,
    active: false,
    invitedBy,
  };
}

async function updateDirectory(event: DirectoryEvent, writer: ProjectionWriter): Promise<void> {
  const { userId } = event.data;
  switch (event.type) {
    case 'UserInvited':
      await writer.upsert(inboxCollections.people, personOf(event.data, event.data.roles, event.data.invitedBy));
      await updateAdminRoster(writer, userId, event.data.roles);
      return;
    case 'UserSignedUp':
      await writer.upsert(inboxCollections.people, personOf(event.data, ['client'], null));
      return;
    case 'EmailVerified':
      if (!event.data.approvalRequired) await writer.patch(inboxCollections.people, userId, { active: true });
      return;
    case 'InvitationAccepted':
    case 'SignUpApproved':
    case 'UserReactivated':
      await writer.patch(inboxCollections.people, userId, { active: true });
      return;
    case 'SignUpDeclined':
    case 'UserDeactivated':
      await writer.patch(inboxCollections.people, userId, { active: false });
      return;
    case 'RolesChanged':
      await writer.patch(inboxCollections.people, userId, { roles: event.data.roles });
      await updateAdminRoster(writer, userId, event.data.roles);
      return;
    case 'ProfileUpdated':
      await writer.patch(inboxCollections.people, userId, { name: event.data.name, language: event.data.language });
      return;
    default:
      return assertNever(event, 'directory event');
  }
}

async function applyReading(event: InboxEvent, userId: string, writer: ProjectionWriter): Promise<void> {
  if (event.type === 'AllNotificationsRead') {
    await writer.upsert(inboxCollections.readers, {
      id: userId,
      readUpToPosition: event.data.upToPosition,
    } satisfies ReaderDocument);
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
  if (next.length !== roster.length)
    await writer.upsert(inboxCollections.readers, { id: adminRosterId, userIds: next } satisfies AdminRosterDocument);
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
