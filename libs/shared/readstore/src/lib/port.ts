/**
 * The document store that projections write and queries read. Two engines: SQLite (embedded default, JSON columns)
 * and MongoDB. Documents are plain JSON with a string `id`.
 */
export interface ReadModelDocument {
  readonly id: string;
  readonly [field: string]: unknown;
}

export type Scalar = string | number | boolean | null;

export interface FieldCondition {
  readonly eq?: Scalar;
  readonly in?: readonly Scalar[];
  readonly gt?: string | number;
  readonly gte?: string | number;
  readonly lt?: string | number;
  readonly lte?: string | number;
  /** Case-insensitive substring match; only on fields declared in `textFields`. */
  readonly contains?: string;
}

export interface SortField {
  readonly field: string;
  readonly direction?: 'asc' | 'desc';
}

export interface FindQuery {
  /** Field path (dots for nesting) to a scalar (equality) or a condition; all conditions must hold. */
  readonly where?: Readonly<Record<string, Scalar | FieldCondition>>;
  readonly sort?: readonly SortField[];
  readonly limit?: number;
  readonly offset?: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface CollectionSpec {
  /** Field paths that get an index (filtering and sorting on them stays fast). */
  readonly indexes?: readonly string[];
  /** Field paths that `contains` may search. */
  readonly textFields?: readonly string[];
}

export interface ReadStoreWriter {
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined>;
  upsert(collection: string, document: ReadModelDocument): Promise<void>;
  /** Replaces the given top-level fields of an existing document; returns false when there is no such document. */
  patch(collection: string, id: string, fields: Readonly<Record<string, unknown>>): Promise<boolean>;
  delete(collection: string, id: string): Promise<void>;
  clear(collection: string): Promise<void>;
}

export interface TransactionOptions {
  /**
   * `relaxed`: what a crash would replay anyway (a projection's batch with its checkpoint) may commit without an
   * fsync of its own; it survives a crash of the process, and power loss once a later durable commit follows.
   * Anything acknowledged to a person (a session, a key, an upload) stays `durable`, the default.
   */
  readonly durability?: 'durable' | 'relaxed';
}

export interface ReadStore {
  readonly engine: 'sqlite' | 'mongodb';
  /** Creates the collection and its indexes if missing. Must be called before a collection is used. */
  ensureCollection(collection: string, spec?: CollectionSpec): Promise<void>;
  dropCollection(collection: string): Promise<void>;
  listCollections(): Promise<string[]>;
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined>;
  find<T extends ReadModelDocument>(collection: string, query?: FindQuery): Promise<Page<T>>;
  /**
   * Runs `work` atomically: all of its writes are visible together or not at all. Projections write their documents
   * and their checkpoint in one transaction so that a checkpoint never runs ahead of the writes it covers.
   */
  transaction<R>(work: (writer: ReadStoreWriter) => Promise<R>, options?: TransactionOptions): Promise<R>;
  close(): Promise<void>;
}

export class ReadStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidQueryError extends ReadStoreError {}
