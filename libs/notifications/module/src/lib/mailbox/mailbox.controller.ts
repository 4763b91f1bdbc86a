import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { LEXPORT_CONFIG, READ_STORE, RequireRoles } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import { listMailboxQuery, mailboxMessageParams } from '@lexport/notifications-published';
import type { MailboxMessageView } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { mailboxCollection } from '../outbox/mail-transport';

class ListMailboxParameters extends createZodDto(listMailboxQuery) {}
class MailboxMessageParams extends createZodDto(mailboxMessageParams) {}

/**
 * The development mailbox: emails kept instead of sent. It exists only with DEV_MAILBOX=true (never in production,
 * never beside SMTP_URL) and only staff and admins read it, because it shows every user's emails, links to invitations
 * and password resets included: anyone else reading it could take over any account.
 */
@ApiTags('development')
@RequireRoles('staff', 'admin')
@Controller('dev/mailbox')
export class MailboxController {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Emails kept by the development mailbox (DEV_MAILBOX=true), newest first; staff and admins only',
  })
  async list(@Query() query: ListMailboxParameters): Promise<PageOf<Omit<MailboxMessageView, 'html' | 'text'>>> {
    this.ensureAvailable();
    const page = await this.readStore.find<MailboxMessageView & ReadModelDocument>(mailboxCollection, {
      ...(query.to ? { where: { to: { contains: query.to } } } : {}),
      sort: [{ field: 'receivedAt', direction: 'desc' }],
      limit: query.limit,
      offset: query.offset,
    });
    return { ...page, items: page.items.map(({ html: _html, text: _text, ...summary }) => summary) };
  }

  @Get(':messageId')
  @ApiOperation({ summary: 'One email of the development mailbox with its HTML and text parts; staff and admins only' })
  async get(@Param() params: MailboxMessageParams): Promise<MailboxMessageView> {
    this.ensureAvailable();
    const message = await this.readStore.get<MailboxMessageView & ReadModelDocument>(
      mailboxCollection,
      params.messageId,
    );
    if (!message) throw new NotFoundException('There is no such email in the development mailbox.');
    return message;
  }

  private ensureAvailable(): void {
    if (!this.config.developmentMailbox)
      throw new NotFoundException('This portal sends its emails: it has no development mailbox.');
  }
}
