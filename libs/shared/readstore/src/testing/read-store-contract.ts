import { randomUUID } from 'node:crypto';
import { InvalidQueryError } from '../lib/port';
import type { ReadModelDocument, ReadStore } from '../lib/port';

interface Matter extends ReadModelDocument {
  title: string;
  status: string;
  value: number;
  client: { name: string };
  urgent: boolean;
}

const matters: Matter[] = [
  {
    id: 'm1',
    title: 'Lease renewal Rue de Rivoli',
    status: 'open',
    value: 300,
    client: { name: 'Acme' },
    urgent: true,
  },
  { id: 'm2', title: 'Employment dispute', status: 'closed', value: 100, client: { name: 'Globex' }, urgent: false },
  { id: 'm3', title: 'Share purchase agreement', status: 'open', value: 200, client: { name: 'Acme' }, urgent: false },
  { id: 'm4', title: 'LEASE termination', status: 'pending', value: 400, client: { name: 'Initech' }, urgent: true },
];

/** The behaviour every read-model engine must show; run once per engine. */
export function readStoreContract(openStore: () => Promise<ReadStore>): void {
  let store: ReadStore;
  let collection: string;

  beforeAll(async () => {
    store = await openStore();
  });

  afterAll(async () => {
    await store.close();
  });

  beforeEach(async () => {
    collection = `matters_${randomUUID().slice(0, 8)}`;
    await store.ensureCollection(collection, { indexes: ['status', 'client.name', 'value'], textFields: ['title'] });
    await store.transaction(async (writer) => {
      for (const matter of matters) await writer.upsert(collection, matter);
    });
  });

  afterEach(async () => {
    await store.dropCollection(collection);
  });

  it('gets a document by id, and nothing for an unknown id', async () => {
    expect(await store.get(collection, 'm1')).toEqual(matters[0]);
    expect(await store.get(collection, 'nope')).toBeUndefined();
  });

  it('filters by equality, nested fields, in and ranges, and counts the total', async () => {
    const ids = async (where: Parameters<ReadStore['find']>[1]) =>
      (await store.find<Matter>(collection, where)).items.map((matter) => matter.id);
    expect(await ids({ where: { status: 'open' } })).toEqual(['m1', 'm3']);
    expect(await ids({ where: { 'client.name': 'Acme', urgent: true } })).toEqual(['m1']);
    expect(await ids({ where: { status: { in: ['closed', 'pending'] } } })).toEqual(['m2', 'm4']);
    expect(await ids({ where: { value: { gte: 200, lt: 400 } } })).toEqual(['m1', 'm3']);
    expect(await ids({ where: { status: { in: [] } } })).toEqual([]);
  });

  it('searches declared text fields case-insensitively, treating the text literally', async () => {
    const found = await store.find<Matter>(collection, { where: { title: { contains: 'lease' } } });
    expect(found.items.map((matter) => matter.id)).toEqual(['m1', 'm4']);
    expect((await store.find(collection, { where: { title: { contains: '.*' } } })).total).toBe(0);
    await expect(store.find(collection, { where: { status: { contains: 'op' } } })).rejects.toBeInstanceOf(
      InvalidQueryError,
    );
  });

  it('sorts and pages, with the total of all matches', async () => {
    const page = await store.find<Matter>(collection, {
      sort: [{ field: 'value', direction: 'desc' }],
      limit: 2,
      offset: 1,
    });
    expect(page.items.map((matter) => matter.id)).toEqual(['m1', 'm3']);
    expect(page.total).toBe(4);
    expect([page.limit, page.offset]).toEqual([2, 1]);
  });

  it('rejects malformed queries with a typed error', async () => {
    await expect(store.find(collection, { where: { 'bad field; DROP': 1 } })).rejects.toBeInstanceOf(InvalidQueryError);
    await expect(store.find(collection, { limit: 100_000 })).rejects.toBeInstanceOf(InvalidQueryError);
    await expect(store.find(collection, { where: { value: { near: 1 } as never } })).rejects.toBeInstanceOf(
      InvalidQueryError,
    );
  });

  it('patches top-level fields of an existing document and reports a missing one', async () => {
    const patched = await store.transaction((writer) =>
      writer.patch(collection, 'm2', { status: 'reopened', client: { name: 'Globex SA' } }),
    );
    const missing = await store.transaction((writer) => writer.patch(collection, 'zz', { status: 'x' }));
    expect([patched, missing]).toEqual([true, false]);
    expect(await store.get(collection, 'm2')).toEqual({
      ...matters[1],
      status: 'reopened',
      client: { name: 'Globex SA' },
    });
    expect(await store.get(collection, 'zz')).toBeUndefined();
  });

  it('upserts, deletes and clears', async () => {
    await store.transaction(async (writer) => {
      await writer.upsert(collection, { ...(matters[0] as Matter), title: 'Renamed' });
      await writer.delete(collection, 'm2');
    });
    expect((await store.get<Matter>(collection, 'm1'))?.title).toBe('Renamed');
    expect((await store.find(collection)).total).toBe(3);
    await store.transaction((writer) => writer.clear(collection));
    expect((await store.find(collection)).total).toBe(0);
  });

  it('makes the writes of a failed transaction invisible, all of them', async () => {
    await expect(
      store.transaction(async (writer) => {
        await writer.upsert(collection, {
          id: 'm9',
          title: 'Half',
          status: 'open',
          value: 1,
          client: { name: 'X' },
          urgent: false,
        });
        await writer.patch(collection, 'm1', { status: 'closed' });
        throw new Error('projection failed');
      }),
    ).rejects.toThrow('projection failed');
    expect(await store.get(collection, 'm9')).toBeUndefined();
    expect((await store.get<Matter>(collection, 'm1'))?.status).toBe('open');
  });

  it('reads its own writes inside a transaction and applying the same write twice changes nothing', async () => {
    const seen = await store.transaction(async (writer) => {
      await writer.patch(collection, 'm1', { value: 301 });
      await writer.patch(collection, 'm1', { value: 301 });
      return writer.get<Matter>(collection, 'm1');
    });
    expect(seen?.value).toBe(301);
    expect(await store.get(collection, 'm1')).toEqual({ ...matters[0], value: 301 });
  });

  it('lists and drops collections', async () => {
    expect(await store.listCollections()).toContain(collection);
    await store.dropCollection(collection);
    expect(await store.listCollections()).not.toContain(collection);
    await store.ensureCollection(collection);
  });
}
