import { EventStoreDbEventStore } from './eventstoredb-event-store';
import type { EventStore } from './port';
import { SqliteEventStore } from './sqlite-event-store';

export interface EventStoreConfig {
  /** `esdb://…` or `kurrentdb://…` selects EventStoreDB/KurrentDB; absent selects the embedded SQLite file. */
  readonly eventStoreUrl?: string;
  readonly sqlitePath: string;
}

export function createEventStore(config: EventStoreConfig): EventStore {
  if (config.eventStoreUrl) {
    // The v6 client only knows the esdb scheme; KurrentDB speaks the same protocol.
    return new EventStoreDbEventStore(config.eventStoreUrl.replace(/^kurrent(db)?(\+discover)?:\/\//, 'esdb$2://'));
  }
  return new SqliteEventStore(config.sqlitePath);
}
