import { NotFoundException } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { OutboxEntryView } from '@lexport/notifications-published';
import { EmailDelivery } from '../outbox/email-delivery';
import { toOutboxEntryView } from './email-outbox.query';

export class RetryEmailCommand extends Command<OutboxEntryView> {
  constructor(readonly entryId: string) {
    super();
  }
}

/** The outbox is a read-store table, not a stream: the sender puts the entry back in the queue. */
@CommandHandler(RetryEmailCommand)
export class RetryEmailHandler implements ICommandHandler<RetryEmailCommand, OutboxEntryView> {
  constructor(private readonly delivery: EmailDelivery) {}

  async execute({ entryId }: RetryEmailCommand): Promise<OutboxEntryView> {
    const entry = await this.delivery.sender.retry(entryId);
    if (!entry) throw new NotFoundException('There is no such email in the outbox.');
    return toOutboxEntryView(entry);
  }
}
