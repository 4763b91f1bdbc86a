import { temporaryDirectory } from '@lexport/shared-testing';
import { eventStoreContract } from '../testing/event-store-contract';
import { SqliteEventStore } from './sqlite-event-store';

describe('SQLite event store (embedded engine)', () => {
  const directory = temporaryDirectory();
  afterAll(() => directory.remove());
  eventStoreContract(async () => new SqliteEventStore(directory.file('events.sqlite')));
});
