export type {
  AppendResult,
  EventMetadata,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  Recorded,
  RecordedEvent,
  SubscribeOptions,
} from './lib/port';
export { findEventWindow } from './lib/port';
export { ConcurrencyError, EventStoreError, InvalidEventError, InvalidPositionError } from './lib/errors';
export { SqliteEventStore } from './lib/sqlite-event-store';
export type { SqliteEventStoreOptions } from './lib/sqlite-event-store';
export { EventStoreDbEventStore } from './lib/eventstoredb-event-store';
export type { EventStoreDbOptions } from './lib/eventstoredb-event-store';
export { Upcasters, withUpcasting } from './lib/upcasting';
export type { Upcaster } from './lib/upcasting';
export { createEventStore } from './lib/factory';
export type { EventStoreConfig } from './lib/factory';
