import { isDeepStrictEqual, inspect } from 'node:util';
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteReadStore } from '@lexport/shared-readstore';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { Projection } from './projection';
import { ProjectionRunner } from './projection-runner';

/** An event as a projection spec gives it: its stream, type and data; the rest is filled in. */
export interface GivenEvent {
  /** Fixed when a document's id derives from it; random otherwise. */
  readonly id?: string;
  readonly streamName: string;
  readonly type: string;
  readonly data: unknown;
  readonly actor?: string;
  readonly occurredAt?: string;
}

export type ExpectedDocuments = Readonly<Record<string, readonly ReadModelDocument[]>>;

/**
 * Specification of a projection against the real runner on an embedded store:
 *   projectionSpec(usersProjection).given([UserInvited, InvitationAccepted]).then({ users: [document] })
 * `then` compares every collection named (documents sorted by id) and also checks idempotency: applying every event
 * a second time must change no document.
 */
export function projectionSpec(projection: Projection) {
  return {
    given: (events: readonly GivenEvent[]) => ({
      then: (expected: ExpectedDocuments) => runSpec(projection, events, expected),
    }),
  };
}

const specTime = '2026-11-29T10:00:00.000Z';

async function runSpec(
  projection: Projection,
  given: readonly GivenEvent[],
  expected: ExpectedDocuments,
): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'lexport-projection-spec-'));
  const file = join(directory, 'spec.sqlite');
  // Recorded at a fixed time, so that documents that keep it compare equal from run to run.
  const events = new SqliteEventStore(file, { pollIntervalMs: 5, now: () => new Date(specTime) });
  const readStore = new SqliteReadStore(file);
  // Started before the events exist, so that reactors (which start at the head) see them too.
  const runner = new ProjectionRunner(events, readStore, [projection], { batchSize: 3 });
  try {
    await runner.start();
    const recorded: RecordedEvent[] = [];
    let head = 0;
    for (const event of given) {
      const id = event.id ?? randomUUID();
      const metadata = {
        actor: event.actor ?? 'spec',
        correlationId: 'spec',
        causationId: id,
        occurredAt: event.occurredAt ?? specTime,
        schemaVersion: 1,
      };
      const result = await events.appendToStream(event.streamName, [
        { id, type: event.type, data: event.data, metadata },
      ]);
      head = result.position;
      recorded.push(
        ...(await events.readStream(event.streamName, { fromRevision: result.nextExpectedRevision, maxCount: 1 })),
      );
    }
    if (!(await runner.waitForPosition([projection.name], head, 10_000)))
      throw new Error(`${projection.name} did not reach the given events`);
    const actual = await documentsOf(runner, projection, Object.keys(expected));
    if (!isDeepStrictEqual(plain(actual), plain(sorted(expected)))) {
      throw new Error(
        `${projection.name}: expected documents\n${inspect(sorted(expected), { depth: 8 })}\nbut the projection wrote\n${inspect(actual, { depth: 8 })}`,
      );
    }
    const writer = runner.writerFor(projection, 1);
    for (const event of recorded) if (projection.eventTypes.includes(event.type)) await projection.apply(event, writer);
    await readStore.transaction((transaction) => writer.flush(transaction));
    const again = await documentsOf(runner, projection, Object.keys(expected));
    if (!isDeepStrictEqual(plain(again), plain(actual))) {
      throw new Error(
        `${projection.name} is not idempotent: applying the events again changed\n${inspect(actual, { depth: 8 })}\ninto\n${inspect(again, { depth: 8 })}`,
      );
    }
  } finally {
    await runner.stop();
    await readStore.close();
    await events.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function documentsOf(
  runner: ProjectionRunner,
  projection: Projection,
  collections: readonly string[],
): Promise<ExpectedDocuments> {
  const reader = runner.reader(projection.name);
  const documents: Record<string, readonly ReadModelDocument[]> = {};
  for (const collection of collections)
    documents[collection] = (await reader.find(collection, { limit: 1000, sort: [{ field: 'id' }] })).items;
  return documents;
}

/** Documents as JSON would carry them: the same prototypes on both sides, whichever realm built them (Jest's or Node's). */
const plain = (documents: ExpectedDocuments): unknown => JSON.parse(JSON.stringify(documents));

function sorted(expected: ExpectedDocuments): ExpectedDocuments {
  return Object.fromEntries(
    Object.entries(expected).map(([collection, documents]) => [
      collection,
      [...documents].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0)),
    ]),
  );
}
