import { randomUUID } from 'node:crypto';
import { ConcurrencyError, InvalidEventError, InvalidPositionError } from '../lib/errors';
import type { EventStore, NewEvent, RecordedEvent } from '../lib/port';
import { Upcasters, withUpcasting } from '../lib/upcasting';

export function newEvent(
  type = 'ThingHappened',
  data: Record<string, unknown> = { value: 1 },
  schemaVersion = 1,
): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: 'user-1',
      correlationId: 'correlation-1',
      causationId: 'command-1',
      occurredAt: '2026-11-27T10:00:00.000Z',
      schemaVersion,
    },
  };
}

const uniqueStream = (prefix = 'test-thing') => `${prefix}-${randomUUID()}`;

async function collect(
  store: EventStore,
  after: number,
  count: number,
  timeoutMs = 5000,
): Promise<RecordedEvent[] & { caughtUp: number }> {
  const subscription = store.subscribeToAll({ after, batchSize: 7 });
  const seen: RecordedEvent[] = [];
  let caughtUp = 0;
  const timeout = setTimeout(() => void subscription.close(), timeoutMs);
  for await (const batch of subscription) {
    if (batch.length === 0) caughtUp += 1;
    seen.push(...batch);
    if (seen.length >= count) break;
  }
  clearTimeout(timeout);
  await subscription.close();
  return Object.assign(seen, { caughtUp });
}

/** The behaviour every engine must show; run once per engine. */
export function eventStoreContract(openStore: () => Promise<EventStore>): void {
  let store: EventStore;

  beforeAll(async () => {
    store = await openStore();
  });

  afterAll(async () => {
    await store.close();
  });

  describe('finding an event by id', () => {
    it('finds a stored event in its stream, and nothing in another stream or for an unknown id', async () => {
      const stream = uniqueStream();
      const events = [newEvent('ThingCreated', { name: 'a' }), newEvent('ThingRenamed', { name: 'b' })];
      await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      const found = await store.findEvent(stream, events[1]?.id ?? '');
      expect(found).toMatchObject({ id: events[1]?.id, type: 'ThingRenamed', revision: 1, streamName: stream });
      expect(await store.findEvent(uniqueStream(), events[1]?.id ?? '')).toBeUndefined();
      expect(await store.findEvent(stream, randomUUID())).toBeUndefined();
    });
  });

  describe('appending', () => {
    it('appends to a new stream and reads the events back in order with revision, position and metadata', async () => {
      const stream = uniqueStream();
      const events = [newEvent('ThingCreated', { name: 'a' }), newEvent('ThingRenamed', { name: 'b' })];
      const result = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      expect(result.nextExpectedRevision).toBe(1);
      const read = await store.readStream(stream);
      expect(read.map((event) => [event.type, event.data, event.revision])).toEqual([
        ['ThingCreated', { name: 'a' }, 0],
        ['ThingRenamed', { name: 'b' }, 1],
      ]);
      expect(read[1]?.position).toBe(result.position);
      expect(read[0]?.position).toBeLessThan(result.position);
      expect(read[0]?.metadata).toEqual(events[0]?.metadata);
      expect(read[0]?.id).toBe(events[0]?.id);
      expect(read[0]?.streamName).toBe(stream);
      expect(Number.isNaN(Date.parse(read[0]?.recordedAt ?? ''))).toBe(false);
    });

    it('honours every expected state: no stream, stream exists, exact revision and any', async () => {
      const stream = uniqueStream();
      await expect(
        store.appendToStream(stream, [newEvent()], { expectedRevision: 'stream_exists' }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      await expect(store.appendToStream(stream, [newEvent()], { expectedRevision: 3 })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      await store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' });
      await expect(
        store.appendToStream(stream, [newEvent()], { expectedRevision: 'no_stream' }),
      ).rejects.toBeInstanceOf(ConcurrencyError);
      await store.appendToStream(stream, [newEvent()], { expectedRevision: 'stream_exists' });
      await expect(store.appendToStream(stream, [newEvent()], { expectedRevision: 0 })).rejects.toBeInstanceOf(
        ConcurrencyError,
      );
      const exact = await store.appendToStream(stream, [newEvent()], { expectedRevision: 1 });
      const any = await store.appendToStream(stream, [newEvent()], { expectedRevision: 'any' });
      expect([exact.nextExpectedRevision, any.nextExpectedRevision]).toEqual([2, 3]);
      expect(await store.readStream(stream)).toHaveLength(4);
    });

    it('reports the actual revision in a concurrency error', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent(), newEvent()]);
      const error = await store
        .appendToStream(stream, [newEvent()], { expectedRevision: 0 })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ConcurrencyError);
      expect((error as ConcurrencyError).actual).toBe(1);
    });

    it('lets exactly one of many concurrent appends with the same expected revision succeed', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent()]);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, () => store.appendToStream(stream, [newEvent()], { expectedRevision: 0 })),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      expect(rejected).toHaveLength(11);
      for (const outcome of rejected) expect(outcome.reason).toBeInstanceOf(ConcurrencyError);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it('is idempotent: retrying an append with the same event ids writes nothing twice', async () => {
      const stream = uniqueStream();
      const events = [newEvent(), newEvent()];
      const first = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      const retry = await store.appendToStream(stream, events, { expectedRevision: 'no_stream' });
      expect(retry).toEqual(first);
      expect(await store.readStream(stream)).toHaveLength(2);
    });

    it.each([
      ['an empty append', 'test-thing-1', []],
      ['a stream name that is not <context-entity>-<id>', 'Nothing Here', [newEvent()]],
      ['an event id that is not a UUID', 'test-thing-2', [{ ...newEvent(), id: 'not-a-uuid' }]],
      ['an event type that is not PascalCase', 'test-thing-3', [newEvent('thing happened')]],
      ['data that is not an object', 'test-thing-4', [{ ...newEvent(), data: 'text' }]],
      [
        'metadata without a schema version',
        'test-thing-5',
        [{ ...newEvent(), metadata: { ...newEvent().metadata, schemaVersion: 0 } }],
      ],
    ])('rejects %s with a typed error and writes nothing', async (_case, stream, events) => {
      const streamName = `${stream}-${randomUUID()}`;
      const head = await store.headPosition();
      await expect(store.appendToStream(streamName, events as NewEvent[])).rejects.toBeInstanceOf(InvalidEventError);
      expect(await store.readStream(streamName)).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });
  });

  describe('reading', () => {
    it('reads a stream backwards and from a revision', async () => {
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')]);
      expect((await store.readStream(stream, { direction: 'backwards' })).map((event) => event.type)).toEqual([
        'C',
        'B',
        'A',
      ]);
      expect(
        (await store.readStream(stream, { direction: 'backwards', fromRevision: 1, maxCount: 1 })).map(
          (event) => event.type,
        ),
      ).toEqual(['B']);
      expect((await store.readStream(stream, { fromRevision: 1 })).map((event) => event.type)).toEqual(['B', 'C']);
    });

    it('reads an unknown stream as empty', async () => {
      expect(await store.readStream(uniqueStream())).toEqual([]);
    });

    it('reads all events after a position in batches, in position order', async () => {
      const before = await store.headPosition();
      const stream = uniqueStream();
      await store.appendToStream(stream, [newEvent('A'), newEvent('B'), newEvent('C')]);
      const firstPage = await store.readAll({ after: before, maxCount: 2 });
      expect(firstPage.map((event) => event.type)).toEqual(['A', 'B']);
      const secondPage = await store.readAll({ after: firstPage[1]?.position ?? 0, maxCount: 2 });
      expect(secondPage.map((event) => event.type)).toEqual(['C']);
      expect(await store.headPosition()).toBe(secondPage[0]?.position);
      expect(await store.countAfter(before, 10)).toBe(3);
      expect(await store.countAfter(before, 2)).toBe(2);
    });

    it('rejects a position beyond the head or a negative one with a typed error', async () => {
      const head = await store.headPosition();
      await expect(store.readAll({ after: head + 1_000_000 })).rejects.toBeInstanceOf(InvalidPositionError);
      await expect(store.readAll({ after: -1 })).rejects.toBeInstanceOf(InvalidPositionError);
    });
  });

  describe('subscribing to all', () => {
    it('catches up from a position and then delivers live events, in order', async () => {
      const before = await store.headPosition();
      const stream = uniqueStream();
      await store.appendToStream(
        stream,
        Array.from({ length: 10 }, (_, index) => newEvent('Past', { index })),
      );
      const seen = collect(store, before, 15);
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (let index = 0; index < 5; index += 1) await store.appendToStream(stream, [newEvent('Live', { index })]);
      const events = await seen;
      expect(events.caughtUp).toBeGreaterThanOrEqual(1);
      expect(events.map((event) => event.type)).toEqual([...Array(10).fill('Past'), ...Array(5).fill('Live')]);
      const positions = events.map((event) => event.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  });

  describe('schema evolution', () => {
    it('upcasts old versions on the stream and on the $all path without rewriting them', async () => {
      const upcasters = new Upcasters().register({
        type: 'ThingNamed',
        fromVersion: 1,
        upcast: (data) => ({ name: { en: data['title'] } }),
      });
      const upcasting = withUpcasting(store, upcasters);
      const before = await store.headPosition();
      const stream = uniqueStream();
      await store.appendToStream(stream, [
        newEvent('ThingNamed', { title: 'Old' }, 1),
        newEvent('ThingNamed', { name: { en: 'New' } }, 2),
      ]);
      const fromStream = await upcasting.readStream(stream);
      expect(fromStream.map((event) => [event.data, event.metadata.schemaVersion])).toEqual([
        [{ name: { en: 'Old' } }, 2],
        [{ name: { en: 'New' } }, 2],
      ]);
      expect((await upcasting.readAll({ after: before })).map((event) => event.data)).toEqual([
        { name: { en: 'Old' } },
        { name: { en: 'New' } },
      ]);
      expect((await collect(upcasting, before, 2)).map((event) => event.data)).toEqual([
        { name: { en: 'Old' } },
        { name: { en: 'New' } },
      ]);
      expect((await store.readStream(stream))[0]?.data).toEqual({ title: 'Old' });
    });
  });
}
