import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { ProjectionWriter } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import { categoriesProjection, sortNameOf } from './categories.projection';

function memoryWriter(): ProjectionWriter & { documents: Map<string, ReadModelDocument> } {
  const documents = new Map<string, ReadModelDocument>();
  return {
    documents,
    get: async <T extends ReadModelDocument>(_collection: string, id: string) => documents.get(id) as T | undefined,
    upsert: async (_collection, document) => void documents.set(document.id, document),
    patch: async (_collection, id, fields) => {
      const found = documents.get(id);
      if (found) documents.set(id, { ...found, ...fields });
      return found !== undefined;
    },
    delete: async (_collection, id) => void documents.delete(id),
  };
}

let position = 0;
function recorded(type: string, data: Record<string, unknown>): RecordedEvent {
  position += 1;
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: 'staff-1',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-11-27T10:00:00.000Z',
      schemaVersion: 1,
    },
    streamName: 'request-catalogue-main',
    revision: position - 1,
    position,
    recordedAt: '2026-11-27T10:00:00.000Z',
  };
}

describe('request categories projection', () => {
  it('lists created categories and follows renames', async () => {
    const writer = memoryWriter();
    await categoriesProjection.apply(
      recorded('CategoryCreated', {
        categoryId: 'c1',
        name: 'Éthique',
        description: 'd',
        createdAt: '2026-11-01T00:00:00.000Z',
      }),
      writer,
    );
    await categoriesProjection.apply(
      recorded('CategoryRenamed', {
        categoryId: 'c1',
        name: 'Ethics',
        previousName: 'Éthique',
        renamedAt: '2026-11-02T00:00:00.000Z',
      }),
      writer,
    );
    expect(writer.documents.get('c1')).toEqual({
      id: 'c1',
      name: 'Ethics',
      sortName: 'ethics',
      description: 'd',
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-02T00:00:00.000Z',
    });
  });

  it('ends in the same state when its events are applied again in order', async () => {
    const writer = memoryWriter();
    const created = recorded('CategoryCreated', {
      categoryId: 'c2',
      name: 'Tax',
      description: '',
      createdAt: '2026-11-01T00:00:00.000Z',
    });
    const renamed = recorded('CategoryRenamed', {
      categoryId: 'c2',
      name: 'Taxes',
      previousName: 'Tax',
      renamedAt: '2026-11-03T00:00:00.000Z',
    });
    for (const event of [created, renamed]) await categoriesProjection.apply(event, writer);
    const once = structuredClone(writer.documents.get('c2'));
    for (const event of [created, renamed]) await categoriesProjection.apply(event, writer);
    expect(writer.documents.get('c2')).toEqual({ ...once });
  });

  it('sorts accented names with their plain letters', () => {
    expect(['Zoning', 'Árbitrage', 'banking'].map(sortNameOf).sort()).toEqual(['arbitrage', 'banking', 'zoning']);
  });
});
