import type { ReadModelDocument, ReadStore, ReadStoreWriter } from '@lexport/shared-readstore';
import type { ProjectionWriter } from './projection';

interface CachedDocument {
  document: Record<string, unknown> | undefined;
  /** The document is this writer's own copy, changed since it was read: it may be changed in place. */
  dirty: boolean;
}

/**
 * Collects one batch's writes in memory and writes each touched document once, at the end of the batch, in the same
 * transaction as the checkpoint. A document changed by many events of a batch (common while catching up) costs one
 * write instead of one per event. Same semantics as writing through: `patch` replaces top-level fields. Reads go to
 * the store outside that transaction, which is safe because a lane is the only writer of its collections; it also
 * lets a workflow send its commands while applying, with no read-store transaction held open.
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
    this.collection(collection).set(document.id, { document: { ...document }, dirty: true });
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
        if (cached.document) await writer.upsert(physical, cached.document as ReadModelDocument);
        else await writer.delete(physical, id);
      }
    }
    this.cache.clear();
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
      cached = { document: await this.store.get(this.physicalName(collection), id), dirty: false };
      documents.set(id, cached);
    }
    return cached;
  }
}
