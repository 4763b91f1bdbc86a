import { describeWithRealEngine } from '@lexport/shared-testing';
import { readStoreContract } from '../testing/read-store-contract';
import { MongoReadStore } from './mongodb-read-store';

describeWithRealEngine('mongodb', 'MongoDB read store', (url) => {
  readStoreContract(async () => new MongoReadStore(url(), `lexport_contract_${process.pid}`));
});
