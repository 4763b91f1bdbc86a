import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { ProjectionsService } from '@lexport/shared-platform';
import type { UnreadCountView } from '@lexport/notifications-published';
import { inboxProjectionName, readUpTo } from '../inbox/inbox.projection';
import { countUnread } from '../inbox/unread-notifications';

export class CountUnreadNotificationsQuery extends Query<UnreadCountView> {
  constructor(readonly userId: string) {
    super();
  }
}

@QueryHandler(CountUnreadNotificationsQuery)
export class CountUnreadNotificationsHandler implements IQueryHandler<CountUnreadNotificationsQuery, UnreadCountView> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ userId }: CountUnreadNotificationsQuery): Promise<UnreadCountView> {
    const reader = this.projections.reader(inboxProjectionName);
    return { unread: await countUnread(reader, userId, await readUpTo(reader, userId)) };
  }
}
