import { describeWithRealEngine } from '@lexport/shared-testing';
import { eventStoreContract } from '../testing/event-store-contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

describeWithRealEngine('eventstoredb', 'EventStoreDB event store', (url) => {
  eventStoreContract(async () => new EventStoreDbEventStore(url()));
});
