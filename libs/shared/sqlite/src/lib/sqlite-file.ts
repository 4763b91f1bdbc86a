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

  /** Transactions that wait for the writer share one commit, up to this many. */
  static readonly maxGroup = 256;

  readonly writer: DatabaseSync;
  readonly reader: DatabaseSync;
  private readonly synchronous: 'FULL' | 'NORMAL';
  private currentSynchronous: 'FULL' | 'NORMAL';
  private readonly pending: WriteJob[] = [];
  private draining = false;

  private constructor(
    readonly path: string,
    options: SqliteFileOptions,
  ) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.writer = new DatabaseSync(path, { timeout: 10_000 });
    this.synchronous = options.synchronous ?? 'FULL';
    this.currentSynchronous = this.synchronous;
    this.writer.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${this.synchronous}; PRAGMA foreign_keys = ON;`);
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

  /**
   * Runs `work` inside BEGIN IMMEDIATE … COMMIT on the writer, after every write queued before it, and resolves only
   * once its transaction committed. Writes queued while another commits share the next transaction and its one
   * fsync (group commit), each in a savepoint of its own, so that one that fails takes back only its own writes.
   * A `relaxed` write (a projection's batch, which a crash replays) needs no fsync of its own: its commit is
   * `synchronous = NORMAL` unless a durable write shares it, and the next durable commit makes it durable too.
   */
  write<T>(work: (db: DatabaseSync) => T | Promise<T>, options: WriteOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({
        work,
        durable: options.durability !== 'relaxed',
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.pending.length > 0) await this.commit(this.pending.splice(0, SqliteFile.maxGroup));
    } finally {
      this.draining = false;
    }
  }

  private async commit(group: WriteJob[]): Promise<void> {
    const outcomes: Array<{ readonly value?: unknown; readonly error?: unknown }> = [];
    try {
      const synchronous = group.some((job) => job.durable) ? this.synchronous : 'NORMAL';
      if (synchronous !== this.currentSynchronous) {
        this.writer.exec(`PRAGMA synchronous = ${synchronous}`);
        this.currentSynchronous = synchronous;
      }
      this.writer.exec('BEGIN IMMEDIATE');
      for (const [index, job] of group.entries()) {
        const savepoint = `write_${index}`;
        this.writer.exec(`SAVEPOINT ${savepoint}`);
        try {
          outcomes.push({ value: await job.work(this.writer) });
          this.writer.exec(`RELEASE ${savepoint}`);
        } catch (error) {
          if (!this.writer.isTransaction) {
            // SQLite ended the whole transaction (a full disk, say): the writes before it are gone too; run them
            // again (their work may run twice: projection writers keep what they flush for that).
            job.reject(error);
            this.pending.unshift(...group.slice(0, index), ...group.slice(index + 1));
            return;
          }
          this.writer.exec(`ROLLBACK TO ${savepoint}`);
          this.writer.exec(`RELEASE ${savepoint}`);
          outcomes[index] = { error };
        }
      }
      this.writer.exec('COMMIT');
    } catch (error) {
      // Whatever went wrong (BEGIN refused, a savepoint, COMMIT), nothing of the group is written and every caller
      // hears of it; the writer is left with no transaction open for the next group.
      try {
        if (this.writer.isTransaction) this.writer.exec('ROLLBACK');
      } catch {
        // The connection refuses even that: the callers hear the first error, the next BEGIN reports this one.
      }
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, index) => {
      const outcome = outcomes[index];
      if (outcome && 'error' in outcome) job.reject(outcome.error);
      else job.resolve(outcome?.value);
    });
  }
}

export interface WriteOptions {
  /** `relaxed`: survives a crash of the process, not necessarily a power loss (see `SqliteFile.write`). */
  readonly durability?: 'durable' | 'relaxed';
}

interface WriteJob {
  readonly work: (db: DatabaseSync) => unknown;
  readonly durable: boolean;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}
