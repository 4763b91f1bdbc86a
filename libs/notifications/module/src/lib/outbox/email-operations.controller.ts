import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { OperatorGuard, Public, READ_STORE } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { listOutboxQuery, outboxEntryParams } from '@lexport/notifications-published';
import type { OutboxEntryView } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { EmailDelivery } from './email-delivery';
import type { OutboxDocument } from './outbox';
import { outboxCollection } from './outbox';

class ListOutboxParameters extends createZodDto(listOutboxQuery) {}
class OutboxEntryParams extends createZodDto(outboxEntryParams) {}

const toView = ({ html: _html, text: _text, language: _language, ...view }: OutboxDocument) =>
  view as unknown as OutboxEntryView;

@ApiTags('operations')
@ApiBearerAuth()
@Public()
@UseGuards(OperatorGuard)
@Controller('operations/emails')
export class EmailOperationsController {
  constructor(
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly delivery: EmailDelivery,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The email outbox: pending, sent and permanently failed emails, newest first' })
  async list(@Query() query: ListOutboxParameters): Promise<PageOf<OutboxEntryView>> {
    const page = await this.readStore.find<OutboxDocument>(outboxCollection, {
      ...(query.status ? { where: { status: query.status } } : {}),
      sort: [{ field: 'createdAt', direction: 'desc' }],
      limit: query.limit,
      offset: query.offset,
    });
    return { ...page, items: page.items.map(toView) };
  }

  @Post(':entryId/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a failed email again' })
  async retry(@Param() params: OutboxEntryParams): Promise<OutboxEntryView> {
    const entry = await this.delivery.sender.retry(params.entryId);
    if (!entry) throw new NotFoundException('There is no such email in the outbox.');
    return toView(entry);
  }
}
