import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { listNotificationsQuery } from '@lexport/notifications-published';
import type { NotificationsPage } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { inboxProjectionName } from '../inbox/inbox.projection';
import { ListNotificationsQuery } from './list-notifications.query';

class ListNotificationsParameters extends createZodDto(listNotificationsQuery) {}

/** One's own in-app notifications: nobody sees anyone else's. */
@ApiTags('notifications')
@Controller('notifications')
export class ListNotificationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ReadsProjections(inboxProjectionName)
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  list(
    @Query() parameters: ListNotificationsParameters,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<NotificationsPage> {
    return this.queries.execute(new ListNotificationsQuery(parameters, user.id));
  }
}
