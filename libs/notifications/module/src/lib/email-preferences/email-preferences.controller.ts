import { Body, Controller, Get, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { emailPreferencesRequest } from '@lexport/notifications-published';
import type { EmailPreferencesView } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { ChangeEmailPreferencesCommand } from './change-email-preferences.handler';
import { EmailPreferencesQuery } from './email-preferences.query';

class EmailPreferencesBody extends createZodDto(emailPreferencesRequest) {}

/** Every signed-in person chooses which optional emails they receive. */
@ApiTags('notifications')
@Controller('notifications/preferences')
export class EmailPreferencesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The email categories one may receive, and whether each is on (mandatory ones always are)' })
  show(@CurrentUser() user: AuthenticatedUser): Promise<EmailPreferencesView> {
    return this.queries.execute(new EmailPreferencesQuery(user));
  }

  @Put()
  @ApiOperation({ summary: 'Turn optional email categories off (or back on)' })
  change(
    @Body() body: EmailPreferencesBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ChangeEmailPreferencesCommand(body, user.id, context));
  }
}
