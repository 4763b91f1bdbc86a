import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export interface SqliteFileOptions {
  /** FULL makes every commit survive power loss; NORMAL only a crash of the process. */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

/**
 * One SQLite file as this process uses it: a single writer connection guarded by an async lock, and a separate
 * reader connection. node:sqlite is synchronous, so two writer connections in one process would dead-lock each
 * other in SQLite's busy wait while an async transaction is open; one writer plus a queue cannot. Readers use their
 * own connection so that they never see another caller's uncommitted writes. Other processes (the operator CLI)
 * share the file through WAL and the busy timeout.
 */
export class SqliteFile {
  private static readonly open = new Map<string, { file: SqliteFile; references: number }>();

  readonly writer: DatabaseSync;
  readonly reader: DatabaseSync;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    options: SqliteFileOptions,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.writer = new DatabaseSync(path, { timeout: 10_000 });
    this.writer.exec(
      `PRAGMA journal_mode = WAL; PRAGMA synchronous = ${options.synchronous ?? 'FULL'}; PRAGMA foreign_keys = ON;`,
    );
    this.reader = path === ':memory:' ? this.writer : new DatabaseSync(path, { timeout: 10_000, readOnly: false });
    if (this.reader !== this.writer) this.reader.exec('PRAGMA query_only = ON;');
  }

  /** Shares one instance per file within the process; every acquire needs a release. */
  static acquire(path: string, options: SqliteFileOptions = {}): SqliteFile {
    const key = path === ':memory:' ? path : resolve(path);
    const existing = SqliteFile.open.get(key);
    if (existing && key !== ':memory:') {
      existing.references += 1;
      return existing.file;
    }
    const file = new SqliteFile(key, options);
    if (key !== ':memory:') SqliteFile.open.set(key, { file, references: 1 });
    return file;
  }

  release(): void {
    const entry = SqliteFile.open.get(this.path);
    if (entry && entry.file === this) {
      entry.references -= 1;
      if (entry.references > 0) return;
      SqliteFile.open.delete(this.path);
    }
    if (this.reader !== this.writer) this.reader.close();
    this.writer.close();
  }

  /** Runs `work` inside BEGIN IMMEDIATE … COMMIT on the writer, after every write queued before it. */
  write<T>(work: (db: DatabaseSync) => T | Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.writer.exec('BEGIN IMMEDIATE');
      try {
        const result = await work(this.writer);
        this.writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (this.writer.isTransaction) this.writer.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
