import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import { SqliteFile } from '@lexport/shared-sqlite';
import { checkCollectionName, checkFieldPath, checkPaging, checkTextField, isCondition } from './names';
import { InvalidQueryError, ReadStoreError } from './port';
import type {
  CollectionSpec,
  FindQuery,
  Page,
  ReadModelDocument,
  ReadStore,
  ReadStoreWriter,
  TransactionOptions,
} from './port';

const tableOf = (collection: string) => `"rm_${checkCollectionName(collection)}"`;
const pathOf = (field: string) => `'$.${checkFieldPath(field)}'`;
const extract = (field: string) => `json_extract(doc, ${pathOf(field)})`;

/** Read models as JSON documents in tables `rm_<collection>` of the same SQLite file as the events. */
export class SqliteReadStore implements ReadStore {
  readonly engine = 'sqlite' as const;
  private readonly file: SqliteFile;
  private readonly specs = new Map<string, CollectionSpec>();
  private readonly writerStatements = new Map<string, StatementSync>();
  private readonly readerStatements = new Map<string, StatementSync>();

  constructor(path: string) {
    this.file = SqliteFile.acquire(path);
  }

  async ensureCollection(collection: string, spec: CollectionSpec = {}): Promise<void> {
    const table = tableOf(collection);
    for (const field of [...(spec.indexes ?? []), ...(spec.textFields ?? [])]) checkFieldPath(field);
    await this.file.write((db) => {
      db.exec(`CREATE TABLE IF NOT EXISTS ${table} (id TEXT PRIMARY KEY, doc TEXT NOT NULL) STRICT`);
      for (const field of spec.indexes ?? []) {
        const index = `"ix_${collection}_${field.replaceAll('.', '_')}"`;
        db.exec(`CREATE INDEX IF NOT EXISTS ${index} ON ${table} (${extract(field)})`);
      }
    });
    this.specs.set(collection, spec);
  }

  async dropCollection(collection: string): Promise<void> {
    const table = tableOf(collection);
    await this.file.write((db) => db.exec(`DROP TABLE IF EXISTS ${table}`));
    this.specs.delete(collection);
    this.forget(collection);
  }

  async listCollections(): Promise<string[]> {
    const rows = this.file.reader
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'rm\\_%' ESCAPE '\\' ORDER BY name")
      .all();
    return rows.map((row) => String(row['name']).slice(3));
  }

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined> {
    const row = this.statement(
      this.file.reader,
      this.readerStatements,
      `SELECT doc FROM ${tableOf(collection)} WHERE id = ?`,
    ).get(id);
    return row ? (JSON.parse(row['doc'] as string) as T) : undefined;
  }

  async find<T extends ReadModelDocument>(collection: string, query: FindQuery = {}): Promise<Page<T>> {
    const table = tableOf(collection);
    const spec = this.specs.get(collection);
    const { limit, offset } = checkPaging(query.limit, query.offset);
    const clauses: string[] = [];
    const parameters: SQLInputValue[] = [];
    for (const [field, value] of Object.entries(query.where ?? {})) {
      const column = extract(field);
      if (!isCondition(value)) {
        clauses.push(value === null ? `${column} IS NULL` : `${column} = ?`);
        if (value !== null) parameters.push(toSql(value));
        continue;
      }
      for (const [operator, operand] of Object.entries(value)) {
        if (operand === undefined) continue;
        switch (operator) {
          case 'eq':
            clauses.push(operand === null ? `${column} IS NULL` : `${column} = ?`);
            if (operand !== null) parameters.push(toSql(operand as string));
            break;
          case 'in': {
            const values = operand as readonly (string | number | boolean | null)[];
            if (values.length === 0) clauses.push('0');
            else {
              clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
              parameters.push(...values.map(toSql));
            }
            break;
          }
          case 'gt':
          case 'gte':
          case 'lt':
          case 'lte':
            clauses.push(`${column} ${{ gt: '>', gte: '>=', lt: '<', lte: '<=' }[operator]} ?`);
            parameters.push(operand as string | number);
            break;
          case 'contains':
            checkTextField(spec, collection, field);
            clauses.push(`instr(lower(${column}), lower(?)) > 0`);
            parameters.push(String(operand));
            break;
          default:
            throw new InvalidQueryError(`Unknown condition '${operator}' on ${field}`);
        }
      }
    }
    const where = clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '';
    const order = [
      ...(query.sort ?? []).map((sort) => `${extract(sort.field)} ${sort.direction === 'desc' ? 'DESC' : 'ASC'}`),
      'id ASC',
    ].join(', ');
    const reader = this.file.reader;
    const total = Number(
      this.statement(reader, this.readerStatements, `SELECT count(*) AS total FROM ${table} ${where}`).get(
        ...parameters,
      )?.['total'] ?? 0,
    );
    const rows =
      limit === 0
        ? []
        : this.statement(
            reader,
            this.readerStatements,
            `SELECT doc FROM ${table} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`,
          ).all(...parameters, limit, offset);
    return { items: rows.map((row) => JSON.parse(row['doc'] as string) as T), total, limit, offset };
  }

  async transaction<R>(work: (writer: ReadStoreWriter) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    return this.file.write((db) => work(this.writerFor(db)), options);
  }

  async close(): Promise<void> {
    this.file.release();
  }

  private writerFor(db: DatabaseSync): ReadStoreWriter {
    const statement = (sql: string) => this.statement(db, this.writerStatements, sql);
    return {
      get: async <T extends ReadModelDocument>(collection: string, id: string) => {
        const row = statement(`SELECT doc FROM ${tableOf(collection)} WHERE id = ?`).get(id);
        return row ? (JSON.parse(row['doc'] as string) as T) : undefined;
      },
      upsert: async (collection, document) => {
        if (typeof document.id !== 'string' || document.id === '')
          throw new ReadStoreError('A document needs a string id');
        statement(
          `INSERT INTO ${tableOf(collection)} (id, doc) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
        ).run(document.id, JSON.stringify(document));
      },
      patch: async (collection, id, fields) => {
        const entries = Object.entries(fields).filter(([field, value]) => field !== 'id' && value !== undefined);
        if (entries.length === 0)
          return this.writerFor(db)
            .get(collection, id)
            .then((found) => found !== undefined);
        const assignments = entries.map(([field]) => `${pathOf(field)}, json(?)`).join(', ');
        const result = statement(
          `UPDATE ${tableOf(collection)} SET doc = json_set(doc, ${assignments}) WHERE id = ?`,
        ).run(...entries.map(([, value]) => JSON.stringify(value)), id);
        return Number(result.changes) > 0;
      },
      delete: async (collection, id) => {
        statement(`DELETE FROM ${tableOf(collection)} WHERE id = ?`).run(id);
      },
      clear: async (collection) => {
        statement(`DELETE FROM ${tableOf(collection)}`).run();
      },
    };
  }

  private statement(db: DatabaseSync, cache: Map<string, StatementSync>, sql: string): StatementSync {
    let prepared = cache.get(sql);
    if (!prepared) {
      try {
        prepared = db.prepare(sql);
      } catch (error) {
        if (/no such table/.test(String(error))) throw new ReadStoreError(`Unknown collection in: ${sql}`);
        throw error;
      }
      cache.set(sql, prepared);
    }
    return prepared;
  }

  private forget(collection: string): void {
    const table = tableOf(collection);
    for (const cache of [this.writerStatements, this.readerStatements]) {
      for (const sql of [...cache.keys()]) if (sql.includes(table)) cache.delete(sql);
    }
  }
}

function toSql(value: string | number | boolean | null): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
