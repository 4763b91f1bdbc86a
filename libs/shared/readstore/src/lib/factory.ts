import { MongoReadStore } from './mongodb-read-store';
import type { ReadStore } from './port';
import { SqliteReadStore } from './sqlite-read-store';

export interface ReadStoreConfig {
  /** `mongodb://…` selects MongoDB; absent selects the embedded SQLite file. */
  readonly mongoUrl?: string;
  readonly sqlitePath: string;
}

export function createReadStore(config: ReadStoreConfig): ReadStore {
  return config.mongoUrl ? new MongoReadStore(config.mongoUrl) : new SqliteReadStore(config.sqlitePath);
}
