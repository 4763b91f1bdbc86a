import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import type { UnreadCountView } from '@lexport/notifications-published';
import { inboxProjectionName } from '../inbox/inbox.projection';
import { CountUnreadNotificationsQuery } from './count-unread-notifications.query';

@ApiTags('notifications')
@Controller('notifications')
export class CountUnreadNotificationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('unread-count')
  @ReadsProjections(inboxProjectionName)
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell polls this)' })
  count(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountView> {
    return this.queries.execute(new CountUnreadNotificationsQuery(user.id));
  }
}
