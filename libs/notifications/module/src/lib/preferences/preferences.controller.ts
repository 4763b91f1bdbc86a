import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandMetadata, CurrentUser } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { emailCategories, emailPreferencesRequest } from '@lexport/notifications-published';
import type { EmailPreferencesView } from '@lexport/notifications-published';
import { wantsEmail } from '@lexport/notifications-domain';
import { createZodDto } from 'nestjs-zod';
import { EmailPreferences } from './email-preferences';

class EmailPreferencesBody extends createZodDto(emailPreferencesRequest) {}

/** Every signed-in person chooses which optional emails they receive. */
@ApiTags('notifications')
@Controller('notifications/preferences')
export class PreferencesController {
  constructor(
    private readonly preferences: EmailPreferences,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The email categories one may receive, and whether each is on (mandatory ones always are)' })
  async show(@CurrentUser() user: AuthenticatedUser): Promise<EmailPreferencesView> {
    const state = await this.preferences.of(user.id);
    const relevant = emailCategories.filter((category) => category.roles.some((role) => user.roles.includes(role)));
    return {
      categories: relevant.map((category) => ({
        id: category.id,
        mandatory: category.mandatory,
        enabled: wantsEmail(state, category.id),
      })),
    };
  }

  @Put()
  @ApiOperation({ summary: 'Turn optional email categories off (or back on)' })
  async change(
    @Body() body: EmailPreferencesBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const outcome = await this.preferences.change(
      user.id,
      { type: 'ChangeEmailPreferences', data: { emailsOff: body.emailsOff, at: this.clock.now().toISOString() } },
      { ...context, actor: user.id },
    );
    return { id: user.id, revision: outcome.revision, position: outcome.position };
  }
}
