import { temporaryDirectory } from '@lexport/shared-testing';
import { readStoreContract } from '../testing/read-store-contract';
import { SqliteReadStore } from './sqlite-read-store';

describe('SQLite read store (embedded engine)', () => {
  const directory = temporaryDirectory();
  afterAll(() => directory.remove());
  readStoreContract(async () => new SqliteReadStore(directory.file('read.sqlite')));
});
