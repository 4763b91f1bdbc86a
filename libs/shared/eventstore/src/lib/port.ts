/**
 * What the product needs from an event store. Two engines implement it: SQLite (embedded default) and
 * EventStoreDB/KurrentDB. Positions are global, strictly increasing, but not necessarily contiguous (EventStoreDB's
 * are log offsets), so code compares them and never counts with them.
 */
export type ExpectedRevision = 'no_stream' | 'any' | 'stream_exists' | number;

export interface EventMetadata {
  /** Who caused the event: a user id, or `system:<component>`. */
  readonly actor: string;
  readonly correlationId: string;
  readonly causationId: string;
  /** ISO-8601, from the injected clock of the process that decided the event. */
  readonly occurredAt: string;
  readonly schemaVersion: number;
  readonly [extra: string]: unknown;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  /** UUID. Appending an event id that is already stored is idempotent. */
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  readonly streamName: string;
  readonly revision: number;
  readonly position: number;
  readonly recordedAt: string;
}

/** A domain event union as the store records it: `Recorded<UserEvent>` narrows on `type` like the union itself. */
export type Recorded<Event extends { readonly type: string; readonly data: unknown }> = Event extends unknown
  ? RecordedEvent<Event['type'], Event['data']>
  : never;

export interface AppendResult {
  /** Revision of the last event written; pass it as the expected revision of the next append. */
  readonly nextExpectedRevision: number;
  /** Global position of the last event written: what a read-your-writes query waits for. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** Inclusive. Defaults to the start (forwards) or the end (backwards). */
  readonly fromRevision?: number;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: read events whose position is greater than this. 0 reads from the beginning. */
  readonly after?: number;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  readonly after?: number;
  /** Largest batch handed out at once while catching up. */
  readonly batchSize?: number;
}

/**
 * A catch-up subscription to all events: yields batches in position order, first from the store's history, then live.
 * An empty batch means "caught up with everything stored so far"; it comes once each time the subscription runs dry.
 * It never ends by itself; `close()` ends the iteration.
 */
export interface EventSubscription extends AsyncIterable<readonly RecordedEvent[]> {
  close(): Promise<void>;
}

/** How far back an engine without an event-id index looks for a retried command's events. */
export const findEventWindow = 1000;

export interface EventStore {
  readonly engine: 'sqlite' | 'eventstoredb';
  appendToStream(
    streamName: string,
    events: readonly NewEvent[],
    options?: { expectedRevision?: ExpectedRevision },
  ): Promise<AppendResult>;
  readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The event with this id in this stream, if it is stored: how a retried command finds what its first attempt wrote
   * (event ids derive from the command id) without reading the whole stream. SQLite looks it up by index;
   * EventStoreDB, which has no index by event id, looks among the stream's newest `findEventWindow` events.
   */
  findEvent(streamName: string, eventId: string): Promise<RecordedEvent | undefined>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribeToAll(options?: SubscribeOptions): EventSubscription;
  /** Position of the newest event, 0 when the store is empty. */
  headPosition(): Promise<number>;
  /** How many events lie after `position`, counted up to `limit`. */
  countAfter(position: number, limit: number): Promise<number>;
  close(): Promise<void>;
}
