import { Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { OperatorGuard, Public } from '@lexport/shared-platform';
import { listOutboxQuery, outboxEntryParams } from '@lexport/notifications-published';
import type { OutboxEntryView } from '@lexport/notifications-published';
import { createZodDto } from 'nestjs-zod';
import { ListOutboxEntriesQuery } from './email-outbox.query';
import { RetryEmailCommand } from './retry-email.handler';

class ListOutboxParameters extends createZodDto(listOutboxQuery) {}
class OutboxEntryParams extends createZodDto(outboxEntryParams) {}

/** Operators (an operator session or OPERATOR_TOKEN) watch the email outbox and queue a failed email again. */
@ApiTags('operations')
@ApiBearerAuth()
@Public()
@UseGuards(OperatorGuard)
@Controller('operations/emails')
export class EmailOutboxController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The email outbox: pending, sent and permanently failed emails, newest first' })
  list(@Query() parameters: ListOutboxParameters): Promise<PageOf<OutboxEntryView>> {
    return this.queries.execute(new ListOutboxEntriesQuery(parameters));
  }

  /** No @CommandMetadata: retrying appends no event, so it has no Idempotency-Key to honour (nor one to refuse). */
  @Post(':entryId/retry')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue a failed email again' })
  retry(@Param() params: OutboxEntryParams): Promise<OutboxEntryView> {
    return this.commands.execute(new RetryEmailCommand(params.entryId));
  }
}
