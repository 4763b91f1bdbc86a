import type { ReadModelDocument, ReadStore, ReadStoreWriter } from '@lexport/shared-readstore';
import type { ProjectionWriter } from './projection';

interface CachedDocument {
  document: Record<string, unknown> | undefined;
  /** The document is this writer's own copy, changed since it was read: it may be changed in place. */
  dirty: boolean;
  /** It was read and found absent: it is created only if still absent when the batch commits. */
  absentWhenRead?: boolean;
}

/**
 * Collects one batch's writes in memory and writes each touched document once, at the end of the batch, in the same
 * transaction as the checkpoint. A document changed by many events of a batch (common while catching up) costs one
 * write instead of one per event. Same semantics as writing through: `patch` replaces top-level fields. Reads go to
 * the store outside that transaction (so that a workflow sends its commands with no read-store transaction held
 * open); a document found absent then is created only if it is still absent inside the transaction, because other
 * writers exist: the email sender updates outbox entries, and several portal processes run the same never-replayed
 * lanes (the first to commit an outbox entry wins, and a sent entry is never put back in the queue).
 */
export class BatchWriter implements ProjectionWriter {
  private readonly cache = new Map<string, Map<string, CachedDocument>>();

  constructor(
    private readonly store: Pick<ReadStore, 'get'>,
    private readonly physicalName: (collection: string) => string,
  ) {}

  async get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined> {
    return (await this.load(collection, id)).document as unknown as T | undefined;
  }

  async upsert(collection: string, document: ReadModelDocument): Promise<void> {
    if (typeof document.id !== 'string' || document.id === '') throw new Error('A document needs a string id');
    const documents = this.collection(collection);
    const absentWhenRead = documents.get(document.id)?.absentWhenRead === true;
    documents.set(document.id, { document: { ...document }, dirty: true, absentWhenRead });
  }

  async patch(collection: string, id: string, fields: Readonly<Record<string, unknown>>): Promise<boolean> {
    const cached = await this.load(collection, id);
    if (!cached.document) return false;
    // A document read from the store is copied once; later patches in the batch change that copy.
    const target = cached.dirty ? cached.document : { ...cached.document };
    for (const field in fields) {
      const value = fields[field];
      if (field !== 'id' && value !== undefined) target[field] = value;
    }
    cached.document = target;
    cached.dirty = true;
    return true;
  }

  async delete(collection: string, id: string): Promise<void> {
    this.collection(collection).set(id, { document: undefined, dirty: true });
  }

  async flush(writer: ReadStoreWriter): Promise<void> {
    for (const [collection, documents] of this.cache) {
      const physical = this.physicalName(collection);
      for (const [id, cached] of documents) {
        if (!cached.dirty) continue;
        if (cached.absentWhenRead && cached.document && (await writer.get(physical, id))) continue;
        if (cached.document) await writer.upsert(physical, cached.document as ReadModelDocument);
        else await writer.delete(physical, id);
      }
    }
    // The cache is kept: a transaction's work may run again (a group commit SQLite aborted, a MongoDB transient
    // error), and the second run must write the same documents, not nothing.
  }

  private collection(collection: string): Map<string, CachedDocument> {
    let documents = this.cache.get(collection);
    if (!documents) {
      this.physicalName(collection);
      documents = new Map();
      this.cache.set(collection, documents);
    }
    return documents;
  }

  private async load(collection: string, id: string): Promise<CachedDocument> {
    const documents = this.collection(collection);
    let cached = documents.get(id);
    if (!cached) {
      const document = await this.store.get(this.physicalName(collection), id);
      cached = { document, dirty: false, absentWhenRead: document === undefined };
      documents.set(id, cached);
    }
    return cached;
  }
}
