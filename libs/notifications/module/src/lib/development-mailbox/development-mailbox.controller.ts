import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { LEXPORT_CONFIG, RequireRoles } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { listMailboxQuery, mailboxMessageParams } from '@lexport/notifications-published';
import type { MailboxMessageView } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { ListMailboxMessagesQuery, MailboxMessageQuery } from './development-mailbox.query';
import type { MailboxMessageSummary } from './development-mailbox.query';

class ListMailboxParameters extends createZodDto(listMailboxQuery) {}
class MailboxMessageParams extends createZodDto(mailboxMessageParams) {}

/**
 * The development mailbox: emails kept instead of sent. It exists only with DEV_MAILBOX=true (never in production,
 * never beside SMTP_URL) and only admins read it, because it shows every user's emails, links to invitations
 * and password resets included: anyone else reading it could take over any account.
 */
@ApiTags('development')
@RequireRoles('admin')
@Controller('dev/mailbox')
export class DevelopmentMailboxController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Emails kept by the development mailbox (DEV_MAILBOX=true), newest first; admins only',
  })
  list(@Query() parameters: ListMailboxParameters): Promise<PageOf<MailboxMessageSummary>> {
    this.ensureAvailable();
    return this.queries.execute(new ListMailboxMessagesQuery(parameters));
  }

  @Get(':messageId')
  @ApiOperation({ summary: 'One email of the development mailbox with its HTML and text parts; admins only' })
  get(@Param() params: MailboxMessageParams): Promise<MailboxMessageView> {
    this.ensureAvailable();
    return this.queries.execute(new MailboxMessageQuery(params.messageId));
  }

  private ensureAvailable(): void {
    if (!this.config.developmentMailbox)
      throw new NotFoundException('This portal sends its emails: it has no development mailbox.');
  }
}
