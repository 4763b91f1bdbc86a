import type { DatabaseSync } from 'node:sqlite';
import { SqliteFile } from '@lexport/shared-sqlite';
import { ConcurrencyError, InvalidEventError, InvalidPositionError } from './errors';
import type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from './port';
import { validateAppend, validatePosition } from './validate';

/** Rows come back as arrays (no per-row object with named keys): the catch-up path reads millions of them. */
type EventRow = [
  position: number,
  eventId: string,
  stream: string,
  revision: number,
  type: string,
  data: string,
  metadata: string,
  recordedAt: string,
];

const eventColumns = 'position, event_id, stream, revision, type, data, metadata, recorded_at';

const schema = `
CREATE TABLE IF NOT EXISTS events (
  position    INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id    TEXT    NOT NULL UNIQUE,
  stream      TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  type        TEXT    NOT NULL,
  data        TEXT    NOT NULL,
  metadata    TEXT    NOT NULL,
  recorded_at TEXT    NOT NULL,
  UNIQUE (stream, revision)
) STRICT;`;

export interface SqliteEventStoreOptions {
  /** 'full' (default): an acknowledged append survives power loss. 'normal': only a crash of the process; for bulk loads. */
  readonly durability?: 'full' | 'normal';
  /** How often a live subscription looks for events appended by other processes. */
  readonly pollIntervalMs?: number;
  readonly now?: () => Date;
}

/**
 * The embedded engine. Every append is one IMMEDIATE transaction with synchronous=FULL: once it resolves, the
 * events survive a crash of the process or the machine; a crash before COMMIT leaves nothing of them.
 */
export class SqliteEventStore implements EventStore {
  readonly engine = 'sqlite' as const;
  private readonly file: SqliteFile;
  private readonly statements: ReturnType<SqliteEventStore['prepare']>;
  private readonly waiters = new Set<() => void>();
  private notifying: ReturnType<typeof setTimeout> | undefined;
  private static readonly wakeDelayMs = 2;
  /**
   * The events after a position, as a live subscriber last read them. Every projection lane follows $all, and live
   * lanes stand at the same position: the first to wake reads and parses the new events, the others take its batch.
   * Events never change, so a batch read earlier is still true, only perhaps shorter than a read now would be; the
   * lane then asks again after its last event.
   */
  private readonly recentBatches = new Map<number, readonly RecordedEvent[]>();
  private static readonly recentBatchesKept = 64;
  private static readonly recentBatchMaxEvents = 200;
  private readonly pollIntervalMs: number;
  private readonly now: () => Date;
  private closed = false;

  constructor(path: string, options: SqliteEventStoreOptions = {}) {
    this.file = SqliteFile.acquire(path, { synchronous: options.durability === 'normal' ? 'NORMAL' : 'FULL' });
    this.file.writer.exec(schema);
    this.statements = this.prepare(this.file.writer, this.file.reader);
    this.pollIntervalMs = options.pollIntervalMs ?? 100;
    this.now = options.now ?? (() => new Date());
  }

  private prepare(writer: DatabaseSync, reader: DatabaseSync) {
    const rows = (sql: string) => {
      const statement = reader.prepare(sql);
      statement.setReturnArrays(true);
      return statement;
    };
    return {
      streamHead: writer.prepare('SELECT max(revision) AS revision FROM events WHERE stream = ?'),
      existing: writer.prepare('SELECT stream, revision, position FROM events WHERE event_id = ?'),
      insert: writer.prepare(
        'INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
      forwards: rows(`SELECT ${eventColumns} FROM events WHERE stream = ? AND revision >= ? ORDER BY revision LIMIT ?`),
      backwards: rows(
        `SELECT ${eventColumns} FROM events WHERE stream = ? AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      ),
      all: rows(`SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`),
      byId: rows(`SELECT ${eventColumns} FROM events WHERE event_id = ? AND stream = ?`),
      head: reader.prepare('SELECT coalesce(max(position), 0) AS position FROM events'),
      count: reader.prepare('SELECT count(*) AS count FROM (SELECT 1 FROM events WHERE position > ? LIMIT ?)'),
    };
  }

  async appendToStream(
    streamName: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expectedRevision = options.expectedRevision ?? 'any';
    validateAppend(streamName, events, expectedRevision);
    const serialized = events.map((event) => ({
      event,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    }));
    const result = await this.file.write(() => {
      const replayed = this.alreadyAppended(streamName, events);
      if (replayed) return replayed;
      const head = this.statements.streamHead.get(streamName) as { revision: number | null };
      const current = head.revision ?? -1;
      checkExpectedRevision(streamName, expectedRevision, current);
      const recordedAt = this.now().toISOString();
      let revision = current;
      let position = 0;
      for (const { event, data, metadata } of serialized) {
        revision += 1;
        position = Number(
          this.statements.insert.run(event.id, streamName, revision, event.type, data, metadata, recordedAt)
            .lastInsertRowid,
        );
      }
      return { nextExpectedRevision: revision, position };
    });
    this.notify();
    return result;
  }

  /** A retried append (same event ids) returns what the first one wrote and writes nothing. */
  private alreadyAppended(streamName: string, events: readonly NewEvent[]): AppendResult | undefined {
    const found = events.map(
      (event) =>
        this.statements.existing.get(event.id) as { stream: string; revision: number; position: number } | undefined,
    );
    if (found.every((row) => row === undefined)) return undefined;
    if (found.some((row) => row === undefined || row.stream !== streamName)) {
      throw new InvalidEventError(
        `Some of these event ids are already stored elsewhere: a retry must resend the same events to ${streamName}`,
      );
    }
    const last = found[found.length - 1] as { revision: number; position: number };
    return { nextExpectedRevision: last.revision, position: last.position };
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const rows =
      options.direction === 'backwards'
        ? this.statements.backwards.all(streamName, options.fromRevision ?? Number.MAX_SAFE_INTEGER, maxCount)
        : this.statements.forwards.all(streamName, options.fromRevision ?? 0, maxCount);
    return (rows as unknown as EventRow[]).map(toRecorded);
  }

  async findEvent(streamName: string, eventId: string): Promise<RecordedEvent | undefined> {
    const [row] = this.statements.byId.all(eventId, streamName) as unknown as EventRow[];
    return row ? toRecorded(row) : undefined;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = validatePosition(options.after);
    const rows = this.statements.all.all(after, options.maxCount ?? 1000) as unknown as EventRow[];
    if (rows.length === 0 && after > 0 && after > (await this.headPosition())) throw new InvalidPositionError(after);
    return rows.map(toRecorded);
  }

  private batchAfter(after: number, batchSize: number): readonly RecordedEvent[] {
    const recent = this.recentBatches.get(after);
    if (recent && recent.length > 0) return recent.length > batchSize ? recent.slice(0, batchSize) : recent;
    const batch = (this.statements.all.all(after, batchSize) as unknown as EventRow[]).map(toRecorded);
    if (batch.length > 0 && batch.length <= SqliteEventStore.recentBatchMaxEvents) {
      this.recentBatches.set(after, batch);
      if (this.recentBatches.size > SqliteEventStore.recentBatchesKept) {
        const oldest = this.recentBatches.keys().next().value;
        if (oldest !== undefined) this.recentBatches.delete(oldest);
      }
    }
    return batch;
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    let after = validatePosition(options.after);
    const batchSize = options.batchSize ?? 1000;
    let open = true;
    let wake: (() => void) | undefined;
    const store = this;
    const iterate = async function* (): AsyncGenerator<readonly RecordedEvent[]> {
      let caughtUp = false;
      while (open && !store.closed) {
        const batch = store.batchAfter(after, batchSize);
        if (batch.length > 0) {
          after = batch[batch.length - 1]?.position ?? after;
          caughtUp = false;
          yield batch;
          continue;
        }
        if (!caughtUp) {
          caughtUp = true;
          yield [];
          continue;
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(done, store.pollIntervalMs);
          function done() {
            clearTimeout(timer);
            store.waiters.delete(done);
            wake = undefined;
            resolve();
          }
          wake = done;
          store.waiters.add(done);
        });
      }
    };
    const iterator = iterate();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        open = false;
        wake?.();
      },
    };
  }

  async headPosition(): Promise<number> {
    return (this.statements.head.get() as { position: number }).position;
  }

  async countAfter(position: number, limit: number): Promise<number> {
    return (this.statements.count.get(validatePosition(position), limit) as { count: number }).count;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.notifying);
    this.notify();
    this.file.release();
  }

  private notify(): void {
    if (this.closed) {
      for (const wake of [...this.waiters]) wake();
      return;
    }
    // Appends that commit close together wake the live subscribers once: the lanes then read them as one batch
    // (one commit each) instead of one after the other, which under load is most of their cost.
    this.notifying ??= setTimeout(() => {
      this.notifying = undefined;
      for (const wake of [...this.waiters]) wake();
    }, SqliteEventStore.wakeDelayMs);
  }
}

function checkExpectedRevision(streamName: string, expected: ExpectedRevision, current: number): void {
  const actual = current < 0 ? 'no_stream' : current;
  if (expected === 'any') return;
  if (expected === 'no_stream' && current >= 0) throw new ConcurrencyError(streamName, expected, actual);
  if (expected === 'stream_exists' && current < 0) throw new ConcurrencyError(streamName, expected, actual);
  if (typeof expected === 'number' && expected !== current) throw new ConcurrencyError(streamName, expected, actual);
}

function toRecorded([position, eventId, stream, revision, type, data, metadata, recordedAt]: EventRow): RecordedEvent {
  let parsedMetadata: EventMetadata | undefined;
  return {
    id: eventId,
    type,
    data: JSON.parse(data),
    // Most projections never look at metadata: parse it on first use (a third of a rebuild's time otherwise).
    get metadata(): EventMetadata {
      parsedMetadata ??= JSON.parse(metadata) as EventMetadata;
      return parsedMetadata;
    },
    streamName: stream,
    revision,
    position,
    recordedAt,
  };
}
