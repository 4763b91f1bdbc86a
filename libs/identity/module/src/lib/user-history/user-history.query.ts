import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import type { UserHistoryEntry, UserHistoryView } from '@lexport/identity-published';
import { UserAccounts } from '../users/user-accounts';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';

export class UserHistoryQuery extends Query<UserHistoryView> {
  constructor(readonly userId: string) {
    super();
  }
}

/** The event fields an admin may read in the history; identifiers of links (invitation, reset) stay out. */
const historyFields = [
  'roles',
  'previousRoles',
  'organizationId',
  'organizationName',
  'name',
  'email',
  'language',
  'reason',
  'lockedUntil',
  'expiresAt',
] as const;

/** Events that email someone carry the recipient's name, address and language; only these events are about them. */
const personFields = new Set(['name', 'email', 'language']);
const eventsAboutThePerson = new Set(['UserInvited', 'UserSignedUp', 'ProfileUpdated']);

function detailsOf(type: string, data: unknown): Record<string, string> {
  const record = (data ?? {}) as Record<string, unknown>;
  const details: Record<string, string> = {};
  for (const field of historyFields) {
    if (personFields.has(field) && !eventsAboutThePerson.has(type)) continue;
    const value = record[field];
    if (Array.isArray(value)) details[field] = value.join(', ');
    else if (typeof value === 'string' && value) details[field] = value;
  }
  return details;
}

/** The account's stream, newest first, with each actor's name (a sign-up acts as the person who signed up). */
@QueryHandler(UserHistoryQuery)
export class UserHistoryHandler implements IQueryHandler<UserHistoryQuery, UserHistoryView> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ userId }: UserHistoryQuery): Promise<UserHistoryView> {
    const events = await this.accounts.history(userId);
    if (events.length === 0) throw new DomainError('user-not-found', 'not-found', 'There is no such user');
    const reader = this.projections.reader(usersProjection.name);
    const names = new Map<string, string | null>();
    const nameOf = async (actor: string) => {
      const actorId = actor.startsWith('sign-up:') ? actor.slice('sign-up:'.length) : actor;
      if (!names.has(actorId)) names.set(actorId, (await reader.get<UserDocument>('users', actorId))?.name ?? null);
      return names.get(actorId) ?? null;
    };
    const items: UserHistoryEntry[] = [];
    for (const event of events) {
      items.push({
        id: event.id,
        type: event.type,
        occurredAt: event.metadata.occurredAt,
        actor: event.metadata.actor,
        actorName: await nameOf(event.metadata.actor),
        details: detailsOf(event.type, event.data),
      });
    }
    return { items: items.reverse() };
  }
}
