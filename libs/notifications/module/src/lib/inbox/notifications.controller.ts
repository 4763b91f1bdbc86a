import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import {
  CLOCK,
  CommandMetadata,
  CommandExecutor,
  CurrentUser,
  ProjectionsService,
  ReadsProjections,
} from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import type { FindQuery } from '@lexport/shared-readstore';
import { listNotificationsQuery, markNotificationsReadRequest } from '@lexport/notifications-published';
import type { NotificationsPage, NotificationView, UnreadCountView } from '@lexport/notifications-published';
import { inboxDecider, inboxStreamName } from '@lexport/notifications-domain';
import type { InboxCommand } from '@lexport/notifications-domain';
import { createZodDto } from 'nestjs-zod';
import type { NotificationDocument } from './inbox.projection';
import { inboxCollections, inboxProjectionName, readUpTo } from './inbox.projection';

class ListNotificationsParameters extends createZodDto(listNotificationsQuery) {}
class MarkReadBody extends createZodDto(markNotificationsReadRequest) {}

/** One's own in-app notifications: the bell's count, the list, marking read. Nobody sees anyone else's. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ReadsProjections(inboxProjectionName)
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  async list(
    @Query() query: ListNotificationsParameters,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationsPage> {
    const reader = this.projections.reader(inboxProjectionName);
    const readUpToPosition = await readUpTo(reader, user.id);
    const unreadWhere = this.unreadWhere(user.id, readUpToPosition);
    const where: FindQuery['where'] = query.unread ? unreadWhere : { userId: user.id };
    const page = await reader.find<NotificationDocument>(inboxCollections.notifications, {
      where,
      sort: [{ field: 'position', direction: 'desc' }],
      limit: query.limit,
      offset: query.offset,
    });
    const unread = query.unread
      ? page.total
      : (await reader.find(inboxCollections.notifications, { where: unreadWhere, limit: 1 })).total;
    const items = page.items.map(({ userId: _userId, ...notification }): NotificationView => ({
      ...notification,
      read: notification.read || notification.position <= readUpToPosition,
    }));
    return { items, total: page.total, unread, limit: query.limit, offset: query.offset };
  }

  @Get('unread-count')
  @ReadsProjections(inboxProjectionName)
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell polls this)' })
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountView> {
    const reader = this.projections.reader(inboxProjectionName);
    const page = await reader.find(inboxCollections.notifications, {
      where: this.unreadWhere(user.id, await readUpTo(reader, user.id)),
      limit: 1,
    });
    return { unread: page.total };
  }

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark some notifications read, or all of them up to a position' })
  async markRead(
    @Body() body: MarkReadBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const at = this.clock.now().toISOString();
    const command: InboxCommand = body.notificationIds
      ? { type: 'MarkNotificationsRead', data: { notificationIds: body.notificationIds, at } }
      : { type: 'MarkAllNotificationsRead', data: { upToPosition: body.upToPosition ?? -1, at } };
    const outcome = await this.executor.execute(inboxDecider, inboxStreamName(user.id), command, {
      ...context,
      actor: user.id,
    });
    return { id: user.id, revision: outcome.revision, position: outcome.position };
  }

  private unreadWhere(userId: string, readUpToPosition: number): FindQuery['where'] {
    return { userId, read: false, position: { gt: readUpToPosition } };
  }
}
