import type { Recorded } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { RequestsEvent } from '@lexport/requests-published';

export interface CategoryDocument extends ReadModelDocument {
  readonly name: string;
  /** Lower-cased, accent-folded copy of the name so that sorting by name reads as a person expects. */
  readonly sortName: string;
  readonly description: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const sortNameOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

export const categoriesProjection = defineProjection<Recorded<RequestsEvent>>({
  name: 'request_categories',
  version: 1,
  collections: { categories: { indexes: ['sortName', 'createdAt', 'updatedAt'], textFields: ['name', 'description'] } },
  eventTypes: ['CategoryCreated', 'CategoryRenamed'],
  async apply(event, writer) {
    switch (event.type) {
      case 'CategoryCreated':
        await writer.upsert('categories', {
          id: event.data.categoryId,
          name: event.data.name,
          sortName: sortNameOf(event.data.name),
          description: event.data.description,
          createdAt: event.data.createdAt,
          updatedAt: event.data.createdAt,
        } satisfies CategoryDocument);
        return;
      case 'CategoryRenamed':
        await writer.patch('categories', event.data.categoryId, {
          name: event.data.name,
          sortName: sortNameOf(event.data.name),
          updatedAt: event.data.renamedAt,
        });
        return;
    }
  },
});
