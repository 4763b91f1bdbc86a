import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { PageOf } from '@lexport/shared-published';
import { READ_STORE } from '@lexport/shared-platform';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import type { listMailboxQuery, MailboxMessageView } from '@lexport/notifications-published';
import type { z } from 'zod';
import { mailboxCollection } from '../outbox/mail-transport';

/** A message in the list, without its parts. */
export type MailboxMessageSummary = Omit<MailboxMessageView, 'html' | 'text'>;
type MailboxDocument = MailboxMessageView & ReadModelDocument;

export class ListMailboxMessagesQuery extends Query<PageOf<MailboxMessageSummary>> {
  constructor(readonly criteria: z.infer<typeof listMailboxQuery>) {
    super();
  }
}

export class MailboxMessageQuery extends Query<MailboxMessageView> {
  constructor(readonly messageId: string) {
    super();
  }
}

@QueryHandler(ListMailboxMessagesQuery)
export class ListMailboxMessagesHandler implements IQueryHandler<
  ListMailboxMessagesQuery,
  PageOf<MailboxMessageSummary>
> {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async execute({ criteria }: ListMailboxMessagesQuery): Promise<PageOf<MailboxMessageSummary>> {
    const page = await this.readStore.find<MailboxDocument>(mailboxCollection, {
      ...(criteria.to ? { where: { to: { contains: criteria.to } } } : {}),
      sort: [{ field: 'receivedAt', direction: 'desc' }],
      limit: criteria.limit,
      offset: criteria.offset,
    });
    return { ...page, items: page.items.map(({ html: _html, text: _text, ...summary }) => summary) };
  }
}

@QueryHandler(MailboxMessageQuery)
export class MailboxMessageHandler implements IQueryHandler<MailboxMessageQuery, MailboxMessageView> {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async execute({ messageId }: MailboxMessageQuery): Promise<MailboxMessageView> {
    const message = await this.readStore.get<MailboxDocument>(mailboxCollection, messageId);
    if (!message) throw new NotFoundException('There is no such email in the development mailbox.');
    return message;
  }
}
