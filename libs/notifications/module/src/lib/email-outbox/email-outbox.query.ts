import { Inject } from '@nestjs/common';
import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { PageOf } from '@lexport/shared-published';
import { READ_STORE } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import type { listOutboxQuery, OutboxEntryView } from '@lexport/notifications-published';
import type { z } from 'zod';
import type { OutboxDocument } from '../outbox/outbox';
import { outboxCollection } from '../outbox/outbox';

/** An entry as operators see it: its rendered parts and language stay in the outbox. */
export const toOutboxEntryView = ({ html: _html, text: _text, language: _language, ...view }: OutboxDocument) =>
  view as unknown as OutboxEntryView;

export class ListOutboxEntriesQuery extends Query<PageOf<OutboxEntryView>> {
  constructor(readonly criteria: z.infer<typeof listOutboxQuery>) {
    super();
  }
}

@QueryHandler(ListOutboxEntriesQuery)
export class ListOutboxEntriesHandler implements IQueryHandler<ListOutboxEntriesQuery, PageOf<OutboxEntryView>> {
  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  async execute({ criteria }: ListOutboxEntriesQuery): Promise<PageOf<OutboxEntryView>> {
    const page = await this.readStore.find<OutboxDocument>(outboxCollection, {
      ...(criteria.status ? { where: { status: criteria.status } } : {}),
      sort: [{ field: 'createdAt', direction: 'desc' }],
      limit: criteria.limit,
      offset: criteria.offset,
    });
    return { ...page, items: page.items.map(toOutboxEntryView) };
  }
}
