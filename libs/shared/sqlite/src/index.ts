export { SqliteFile } from './lib/sqlite-file';
export type { SqliteFileOptions } from './lib/sqlite-file';
