import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { markNotificationsReadRequest } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { MarkNotificationsReadCommand } from './mark-notifications-read.handler';

class MarkReadBody extends createZodDto(markNotificationsReadRequest) {}

@ApiTags('notifications')
@Controller('notifications')
export class MarkNotificationsReadController {
  constructor(private readonly commands: CommandBus) {}

  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark some notifications read, or all of them up to a position' })
  markRead(
    @Body() body: MarkReadBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new MarkNotificationsReadCommand(body, user.id, context));
  }
}
