import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent, AppendExpectedRevision, ResolvedEvent } from '@eventstore/db-client';
import { ConcurrencyError, InvalidPositionError } from './errors';
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
import { findEventWindow } from './port';
import { validateAppend, validatePosition } from './validate';

export interface EventStoreDbOptions {
  /** Back-off between resubscriptions after a dropped subscription: first wait, doubled up to the max. */
  readonly resubscribeMinMs?: number;
  readonly resubscribeMaxMs?: number;
  readonly onResubscribe?: (error: unknown, attempt: number) => void;
}

/** EventStoreDB / KurrentDB through @eventstore/db-client (gRPC); works with both servers. */
export class EventStoreDbEventStore implements EventStore {
  readonly engine = 'eventstoredb' as const;
  private readonly client: EventStoreDBClient;

  constructor(
    connectionString: string,
    private readonly options: EventStoreDbOptions = {},
  ) {
    this.client = EventStoreDBClient.connectionString(connectionString);
  }

  async appendToStream(
    streamName: string,
    events: readonly NewEvent[],
    options: { expectedRevision?: ExpectedRevision } = {},
  ): Promise<AppendResult> {
    const expectedRevision = options.expectedRevision ?? 'any';
    validateAppend(streamName, events, expectedRevision);
    try {
      const result = await this.client.appendToStream(
        streamName,
        events.map((event) =>
          jsonEvent({ id: event.id, type: event.type, data: event.data as never, metadata: event.metadata }),
        ),
        { expectedRevision: toClientRevision(expectedRevision) },
      );
      return {
        nextExpectedRevision: Number(result.nextExpectedRevision),
        position: Number(result.position?.commit ?? 0n),
      };
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) {
        const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no_stream';
        throw new ConcurrencyError(streamName, expectedRevision, actual);
      }
      throw error;
    }
  }

  async readStream(streamName: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const backwards = options.direction === 'backwards';
    const events: RecordedEvent[] = [];
    try {
      const stream = this.client.readStream(streamName, {
        direction: backwards ? BACKWARDS : FORWARDS,
        fromRevision: options.fromRevision === undefined ? (backwards ? END : START) : BigInt(options.fromRevision),
        ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
      });
      for await (const resolved of stream) {
        const event = toRecorded(resolved);
        if (event) events.push(event);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async findEvent(streamName: string, eventId: string): Promise<RecordedEvent | undefined> {
    const newest = await this.readStream(streamName, { direction: 'backwards', maxCount: findEventWindow });
    return newest.find((event) => event.id === eventId);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = validatePosition(options.after);
    const maxCount = options.maxCount ?? 1000;
    const events: RecordedEvent[] = [];
    let from = after;
    // Reads pages until enough non-system events are collected: $all also holds the server's own events.
    for (;;) {
      let seen = 0;
      let last = from;
      const page = this.client.readAll({
        direction: FORWARDS,
        fromPosition: from === 0 ? START : { commit: BigInt(from), prepare: BigInt(from) },
        maxCount: maxCount + 1,
      });
      for await (const resolved of page) {
        seen += 1;
        const position = Number(resolved.event?.position?.commit ?? 0n);
        if (position <= after || position <= from) continue;
        last = position;
        const event = toRecorded(resolved);
        if (event) events.push(event);
        if (events.length >= maxCount) return events;
      }
      if (seen <= maxCount || last === from) break;
      from = last;
    }
    if (events.length === 0 && after > 0 && after > (await this.headPosition())) throw new InvalidPositionError(after);
    return events;
  }

  subscribeToAll(options: SubscribeOptions = {}): EventSubscription {
    let after = validatePosition(options.after);
    const batchSize = options.batchSize ?? 1000;
    const minDelay = this.options.resubscribeMinMs ?? 250;
    const maxDelay = this.options.resubscribeMaxMs ?? 10_000;
    let open = true;
    let live: { unsubscribe(): Promise<void> } | undefined;
    let wakeSleep: (() => void) | undefined;
    const store = this;

    const iterate = async function* (): AsyncGenerator<readonly RecordedEvent[]> {
      let attempt = 0;
      while (open) {
        try {
          // Catch up by pages (fast), then hand over to a live subscription from the last position seen.
          for (;;) {
            const page = await store.readAll({ after, maxCount: batchSize });
            if (page.length === 0) break;
            after = page[page.length - 1]?.position ?? after;
            attempt = 0;
            yield page;
            if (!open) return;
            if (page.length < batchSize) break;
          }
          yield [];
          const subscription = store.client.subscribeToAll({
            fromPosition: after === 0 ? START : { commit: BigInt(after), prepare: BigInt(after) },
            filter: excludeSystemEvents(),
          });
          live = subscription;
          for await (const resolved of subscription) {
            const event = toRecorded(resolved as AllStreamResolvedEvent);
            if (!event || event.position <= after) continue;
            after = event.position;
            attempt = 0;
            yield [event];
            if (!open) return;
          }
          if (!open) return;
          throw new Error('EventStoreDB subscription ended');
        } catch (error) {
          if (!open) return;
          attempt += 1;
          store.options.onResubscribe?.(error, attempt);
          // The v6 client does not resubscribe by itself: back off, then continue from the last position seen.
          const delay = Math.min(maxDelay, minDelay * 2 ** (attempt - 1));
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, delay);
            wakeSleep = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        } finally {
          await live?.unsubscribe().catch(() => undefined);
          live = undefined;
        }
      }
    };
    const iterator = iterate();
    return {
      [Symbol.asyncIterator]: () => iterator,
      close: async () => {
        open = false;
        wakeSleep?.();
        await live?.unsubscribe().catch(() => undefined);
      },
    };
  }

  async headPosition(): Promise<number> {
    const newest = this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 200 });
    for await (const resolved of newest) {
      if (toRecorded(resolved)) return Number(resolved.event?.position?.commit ?? 0n);
    }
    return 0;
  }

  async countAfter(position: number, limit: number): Promise<number> {
    return (await this.readAll({ after: position, maxCount: limit })).length;
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

function toClientRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

function toRecorded(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || event.type.startsWith('$') || event.streamId.startsWith('$') || !event.isJson) return undefined;
  const created = event.created as unknown;
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as EventMetadata,
    streamName: event.streamId,
    revision: Number(event.revision),
    position: Number(event.position?.commit ?? 0n),
    recordedAt:
      created instanceof Date
        ? created.toISOString()
        : new Date(Number(created) / 10_000 - 62_135_596_800_000).toISOString(),
  };
}
