import { MongoClient } from 'mongodb';
import type { ClientSession, Db, Document, Filter, Sort } from 'mongodb';

interface StoredDocument {
  _id: string;
  [field: string]: unknown;
}
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

const prefix = 'rm_';

/** Read models in MongoDB collections `rm_<collection>`; transactions need a replica set (docker/compose.yml runs one). */
export class MongoReadStore implements ReadStore {
  readonly engine = 'mongodb' as const;
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly specs = new Map<string, CollectionSpec>();

  constructor(url: string, databaseName?: string) {
    this.client = new MongoClient(url);
    this.db = this.client.db(databaseName);
  }

  async ensureCollection(collection: string, spec: CollectionSpec = {}): Promise<void> {
    const name = prefix + checkCollectionName(collection);
    const existing = await this.db.listCollections({ name }, { nameOnly: true }).toArray();
    if (existing.length === 0) await this.db.createCollection(name);
    for (const field of spec.indexes ?? []) await this.db.collection(name).createIndex({ [checkFieldPath(field)]: 1 });
    for (const field of spec.textFields ?? []) checkFieldPath(field);
    this.specs.set(collection, spec);
  }

  async dropCollection(collection: string): Promise<void> {
    const name = prefix + checkCollectionName(collection);
    const existing = await this.db.listCollections({ name }, { nameOnly: true }).toArray();
    if (existing.length > 0) await this.db.collection(name).drop();
    this.specs.delete(collection);
  }

  async listCollections(): Promise<string[]> {
    const collections = await this.db.listCollections({}, { nameOnly: true }).toArray();
    return collections
      .map((collection) => collection.name)
      .filter((name) => name.startsWith(prefix))
      .map((name) => name.slice(prefix.length))
      .sort();
  }

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined> {
    return fromMongo<T>(await this.collection(collection).findOne({ _id: id }));
  }

  async find<T extends ReadModelDocument>(collection: string, query: FindQuery = {}): Promise<Page<T>> {
    const { limit, offset } = checkPaging(query.limit, query.offset);
    const filter = this.toFilter(collection, query);
    const sort: Sort = Object.fromEntries([
      ...(query.sort ?? []).map((field) => [checkFieldPath(field.field), field.direction === 'desc' ? -1 : 1] as const),
      ['_id', 1] as const,
    ]);
    const target = this.collection(collection);
    const [total, documents] = await Promise.all([
      target.countDocuments(filter),
      limit === 0 ? Promise.resolve([]) : target.find(filter).sort(sort).skip(offset).limit(limit).toArray(),
    ]);
    return { items: documents.map((document) => fromMongo<T>(document) as T), total, limit, offset };
  }

  /** Durability is the client's write concern here, whatever the options say. */
  async transaction<R>(work: (writer: ReadStoreWriter) => Promise<R>, _options?: TransactionOptions): Promise<R> {
    const session = this.client.startSession();
    try {
      let result: R | undefined;
      await session.withTransaction(async () => {
        result = await work(this.writerFor(session));
      });
      return result as R;
    } finally {
      await session.endSession();
    }
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private collection(collection: string) {
    return this.db.collection<StoredDocument>(prefix + checkCollectionName(collection));
  }

  private writerFor(session: ClientSession): ReadStoreWriter {
    return {
      get: async <T extends ReadModelDocument>(collection: string, id: string) =>
        fromMongo<T>(await this.collection(collection).findOne({ _id: id }, { session })),
      upsert: async (collection, document) => {
        if (typeof document.id !== 'string' || document.id === '')
          throw new ReadStoreError('A document needs a string id');
        await this.collection(collection).replaceOne({ _id: document.id }, { ...document }, { upsert: true, session });
      },
      patch: async (collection, id, fields) => {
        const entries = Object.entries(fields).filter(([field, value]) => field !== 'id' && value !== undefined);
        for (const [field] of entries) checkFieldPath(field);
        const target = this.collection(collection);
        if (entries.length === 0) return (await target.countDocuments({ _id: id }, { session })) > 0;
        const result = await target.updateOne({ _id: id }, { $set: Object.fromEntries(entries) }, { session });
        return result.matchedCount > 0;
      },
      delete: async (collection, id) => {
        await this.collection(collection).deleteOne({ _id: id }, { session });
      },
      clear: async (collection) => {
        await this.collection(collection).deleteMany({}, { session });
      },
    };
  }

  private toFilter(collection: string, query: FindQuery): Filter<StoredDocument> {
    const spec = this.specs.get(collection);
    const filter: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(query.where ?? {})) {
      checkFieldPath(field);
      if (!isCondition(value)) {
        filter[field] = value;
        continue;
      }
      const condition: Record<string, unknown> = {};
      for (const [operator, operand] of Object.entries(value)) {
        if (operand === undefined) continue;
        switch (operator) {
          case 'eq':
            condition['$eq'] = operand;
            break;
          case 'in':
            condition['$in'] = operand;
            break;
          case 'gt':
          case 'gte':
          case 'lt':
          case 'lte':
            condition[`$${operator}`] = operand;
            break;
          case 'contains':
            checkTextField(spec, collection, field);
            condition['$regex'] = String(operand).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            condition['$options'] = 'i';
            break;
          default:
            throw new InvalidQueryError(`Unknown condition '${operator}' on ${field}`);
        }
      }
      filter[field] = condition;
    }
    return filter;
  }
}

function fromMongo<T extends ReadModelDocument>(document: Document | null): T | undefined {
  if (!document) return undefined;
  const { _id, ...rest } = document;
  return { ...rest, id: String(_id) } as unknown as T;
}
