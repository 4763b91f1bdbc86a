import { randomUUID } from 'node:crypto';
import { SqliteEventStore, Upcasters, withUpcasting } from '@lexport/shared-eventstore';
import type { EventStore, NewEvent } from '@lexport/shared-eventstore';
import { SqliteReadStore } from '@lexport/shared-readstore';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import { temporaryDirectory } from '@lexport/shared-testing';
import { defineProjection } from './projection';
import type { Projection } from './projection';
import { ProjectionNotRebuildableError, ProjectionRunner } from './projection-runner';

interface Thing extends ReadModelDocument {
  name: string;
  renames: number;
}

function event(type: string, data: Record<string, unknown>, schemaVersion = 1): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      actor: 'user-1',
      correlationId: 'c',
      causationId: 'c',
      occurredAt: '2026-11-27T10:00:00.000Z',
      schemaVersion,
    },
  };
}

function thingsProjection(version = 1, options: { failOn?: string; prefix?: string } = {}): Projection {
  return defineProjection({
    name: 'things',
    version,
    collections: { things: { indexes: ['name'], textFields: ['name'] } },
    eventTypes: ['ThingCreated', 'ThingRenamed'],
    async apply(recorded, writer) {
      const data = recorded.data as { thingId: string; name: string };
      if (options.failOn && data.name === options.failOn) throw new Error(`cannot project ${data.name}`);
      const name = `${options.prefix ?? ''}${data.name}`;
      if (recorded.type === 'ThingCreated') {
        await writer.upsert('things', { id: data.thingId, name, renames: 0 });
        return;
      }
      const thing = await writer.get<Thing>('things', data.thingId);
      // Idempotent because the count is derived from the stream revision, not incremented.
      if (thing) await writer.patch('things', data.thingId, { name, renames: recorded.revision });
    },
  });
}

describe('projection runner', () => {
  const directory = temporaryDirectory();
  let file: string;
  let events: EventStore;
  let readStore: SqliteReadStore;
  const runners: ProjectionRunner[] = [];

  const runner = (projection: Projection, store: EventStore = events) => {
    const created = new ProjectionRunner(store, readStore, [projection], {
      batchSize: 50,
      retryMinMs: 20,
      retryMaxMs: 50,
    });
    runners.push(created);
    return created;
  };

  beforeEach(() => {
    file = directory.file(`${randomUUID()}.sqlite`);
    events = new SqliteEventStore(file, { pollIntervalMs: 20 });
    readStore = new SqliteReadStore(file);
  });

  afterEach(async () => {
    await Promise.all(runners.splice(0).map((created) => created.stop()));
    await readStore.close();
    await events.close();
  });

  afterAll(() => directory.remove());

  async function createThings(count: number, prefix = 'thing'): Promise<number> {
    let position = 0;
    for (let index = 0; index < count; index += 1) {
      ({ position } = await events.appendToStream(`test-thing-${prefix}${index}`, [
        event('ThingCreated', { thingId: `${prefix}${index}`, name: `${prefix} ${index}` }),
      ]));
    }
    return position;
  }

  it('catches up on history, then applies live events; a query can wait for a position', async () => {
    await createThings(120);
    const things = runner(thingsProjection());
    await things.start();
    const { position } = await events.appendToStream('test-thing-thing7', [
      event('ThingRenamed', { thingId: 'thing7', name: 'Seven' }),
    ]);
    expect(await things.waitForPosition(['things'], position, 5000)).toBe(true);
    expect(await things.reader('things').get('things', 'thing7')).toEqual({ id: 'thing7', name: 'Seven', renames: 1 });
    expect((await things.reader('things').find('things', { limit: 0 })).total).toBe(120);
    const [status] = await things.status();
    expect(status).toMatchObject({
      name: 'things',
      head: position,
      lagEvents: 0,
      lagMs: 0,
      active: { state: 'live', checkpoint: position },
    });
  });

  it('refuses two projections that declare the same collection (they would overwrite each other)', () => {
    const twin = (name: string) =>
      defineProjection({
        name,
        version: 1,
        collections: { things: {} },
        eventTypes: ['ThingCreated'],
        apply: async () => undefined,
      });
    expect(() => new ProjectionRunner(events, readStore, [twin('first_things'), twin('second_things')])).toThrow(
      'Projections first_things and second_things both declare the collection things',
    );
  });

  it('reaches a position past events it ignores without storing a checkpoint for each', async () => {
    const things = runner(thingsProjection());
    await things.start();
    let position = await createThings(1);
    await things.waitForPosition(['things'], position, 2000);
    for (let index = 0; index < 20; index += 1)
      ({ position } = await events.appendToStream(`test-other-${index}`, [event('SomethingElse', { index })]));
    expect(await things.waitForPosition(['things'], position, 2000)).toBe(true);
    const stored = await readStore.get<{ id: string; position: number }>('projection_checkpoints', 'things_g1');
    expect(stored?.position).toBeLessThan(position);
  });

  it('gives up waiting for a position it does not reach, after the timeout', async () => {
    const things = runner(thingsProjection());
    await things.start();
    const started = Date.now();
    expect(await things.waitForPosition(['things'], 10_000, 100)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('resumes from its checkpoint after a restart and ends equal to a full rebuild', async () => {
    await createThings(60);
    const first = runner(thingsProjection());
    await first.start();
    expect(await first.waitForPosition(['things'], await events.headPosition(), 5000)).toBe(true);
    await first.stop();
    const position = await createThings(30, 'later');
    const second = runner(thingsProjection());
    await second.start();
    expect(await second.waitForPosition(['things'], position, 5000)).toBe(true);
    const resumed = await second.reader('things').find<Thing>('things', { limit: 1000 });
    await second.rebuild('things');
    await second.whenRebuilt('things');
    expect(await second.reader('things').find<Thing>('things', { limit: 1000 })).toEqual(resumed);
    expect(resumed.total).toBe(90);
  });

  it('rebuilds blue/green: the live generation keeps serving until the new one has caught up, then is dropped', async () => {
    await createThings(500);
    const things = runner(thingsProjection());
    await things.start();
    expect(await things.waitForPosition(['things'], await events.headPosition(), 5000)).toBe(true);
    const before = (await things.status())[0]?.active?.generation;
    const rebuild = await things.rebuild('things');
    expect(rebuild.generation).toBe((before ?? 0) + 1);
    expect((await things.reader('things').find('things', { limit: 0 })).total).toBe(500);
    const position = await createThings(5, 'during');
    await things.whenRebuilt('things');
    expect(await things.waitForPosition(['things'], position, 5000)).toBe(true);
    const [status] = await things.status();
    expect(status?.active?.generation).toBe(rebuild.generation);
    expect(status?.rebuild).toBeNull();
    expect((await things.reader('things').find('things', { limit: 0 })).total).toBe(505);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await readStore.listCollections()).not.toContain(`things_g${before}`);
  });

  it('rebuilds a projection whose version changed, serving the old version meanwhile', async () => {
    await createThings(2000);
    const v1 = runner(thingsProjection(1));
    await v1.start();
    expect(await v1.waitForPosition(['things'], await events.headPosition(), 5000)).toBe(true);
    await v1.stop();
    const v2 = runner(thingsProjection(2, { prefix: 'v2 ' }));
    await v2.start();
    expect((await v2.reader('things').get<Thing>('things', 'thing3'))?.name).toBe('thing 3');
    expect((await v2.status())[0]).toMatchObject({
      version: 2,
      active: { version: 1, state: 'stopped' },
      rebuild: { version: 2 },
    });
    await v2.whenRebuilt('things');
    expect((await v2.reader('things').get<Thing>('things', 'thing3'))?.name).toBe('v2 thing 3');
    expect((await v2.status())[0]?.active).toMatchObject({ version: 2, generation: 2 });
  });

  it('stops at an event it cannot apply, writes nothing of that batch, reports it, and retries', async () => {
    await createThings(3);
    await events.appendToStream('test-thing-bad', [event('ThingCreated', { thingId: 'bad', name: 'poison' })]);
    const failing = runner(thingsProjection(1, { failOn: 'poison' }));
    await failing.start();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const [status] = await failing.status();
    expect(status?.active).toMatchObject({ state: 'failed', checkpoint: 0, lastError: 'cannot project poison' });
    expect(status?.active?.failures).toBeGreaterThan(1);
    expect(status?.lagEvents).toBe(4);
    expect((await failing.reader('things').find('things', { limit: 0 })).total).toBe(0);
  });

  it('reads upcast events: an old schema version arrives in the current shape', async () => {
    const upcasting = withUpcasting(
      events,
      new Upcasters().register({
        type: 'ThingCreated',
        fromVersion: 1,
        upcast: (data) => ({ thingId: data['id'], name: data['title'] }),
      }),
    );
    await events.appendToStream('test-thing-old', [event('ThingCreated', { id: 'old', title: 'Stored as v1' }, 1)]);
    const { position } = await events.appendToStream('test-thing-new', [
      event('ThingCreated', { thingId: 'new', name: 'Stored as v2' }, 2),
    ]);
    const things = runner(thingsProjection(), upcasting);
    await things.start();
    expect(await things.waitForPosition(['things'], position, 5000)).toBe(true);
    const found = await things.reader('things').find<Thing>('things', { sort: [{ field: 'name' }] });
    expect(found.items.map((thing) => thing.name)).toEqual(['Stored as v1', 'Stored as v2']);
  });

  it('starts a reactor at the head, so that registering it never reacts to the past, and refuses to replay it', async () => {
    await createThings(5, 'past');
    const reactor = runner(defineProjection({ ...thingsProjection(), name: 'thing_effects', replay: 'never' }));
    await reactor.start();
    const position = await createThings(2, 'new');
    expect(await reactor.waitForPosition(['thing_effects'], position, 5000)).toBe(true);
    const seen = await reactor.reader('thing_effects').find<Thing>('things', { sort: [{ field: 'name' }] });
    expect(seen.items.map((thing) => thing.name)).toEqual(['new 0', 'new 1']);
    await expect(reactor.rebuild('thing_effects')).rejects.toBeInstanceOf(ProjectionNotRebuildableError);
    expect(await readStore.listCollections()).toContain('things');
  });
});
