import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { ProjectionsService } from '@lexport/shared-platform';
import type { listNotificationsQuery, NotificationsPage, NotificationView } from '@lexport/notifications-published';
import type { z } from 'zod';
import type { NotificationDocument } from '../inbox/inbox.projection';
import { inboxCollections, inboxProjectionName, readUpTo } from '../inbox/inbox.projection';
import { countUnread, unreadWhere } from '../inbox/unread-notifications';

export class ListNotificationsQuery extends Query<NotificationsPage> {
  constructor(
    readonly criteria: z.infer<typeof listNotificationsQuery>,
    readonly userId: string,
  ) {
    super();
  }
}

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery, NotificationsPage> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ criteria, userId }: ListNotificationsQuery): Promise<NotificationsPage> {
    const reader = this.projections.reader(inboxProjectionName);
    const readUpToPosition = await readUpTo(reader, userId);
    const page = await reader.find<NotificationDocument>(inboxCollections.notifications, {
      where: criteria.unread ? unreadWhere(userId, readUpToPosition) : { userId },
      sort: [{ field: 'position', direction: 'desc' }],
      limit: criteria.limit,
      offset: criteria.offset,
    });
    const unread = criteria.unread ? page.total : await countUnread(reader, userId, readUpToPosition);
    const items = page.items.map(({ userId: _userId, ...notification }): NotificationView => ({
      ...notification,
      read: notification.read || notification.position <= readUpToPosition,
    }));
    return { items, total: page.total, unread, limit: criteria.limit, offset: criteria.offset };
  }
}
