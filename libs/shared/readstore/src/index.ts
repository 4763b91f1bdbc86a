export type {
  CollectionSpec,
  FieldCondition,
  FindQuery,
  Page,
  ReadModelDocument,
  ReadStore,
  ReadStoreWriter,
  Scalar,
  SortField,
  TransactionOptions,
} from './lib/port';
export { InvalidQueryError, ReadStoreError } from './lib/port';
export { maxPageSize } from './lib/names';
export { SqliteReadStore } from './lib/sqlite-read-store';
export { MongoReadStore } from './lib/mongodb-read-store';
export { createReadStore } from './lib/factory';
export type { ReadStoreConfig } from './lib/factory';
