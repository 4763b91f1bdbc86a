import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { GridFSBucket, MongoClient, MongoServerError, ObjectId } from 'mongodb';
import type { Collection, Db, GridFSBucketWriteStream, GridFSFile } from 'mongodb';
import { measured } from './measured';
import type { Measurement } from './measured';
import { BlobNotFoundError, checkRange, isSha256 } from './port';
import type { BlobContent, BlobRange, BlobStore, BlobWriteOptions, StoredBlob } from './port';

/** Files still being written are named so; a complete one is named by its hash and carries it in `metadata.sha256`. */
const pendingPrefix = 'pending/';
const staleAfterMs = 3_600_000;
const duplicateKey = 11000;

interface ChunkDocument {
  readonly files_id: ObjectId;
  readonly n: number;
}

/**
 * Blobs in a GridFS bucket (`<bucket>.files`, `<bucket>.chunks`). A write streams its chunks under a temporary name;
 * only once the hash is known does the file take its hash as name and `metadata.sha256`, on which a unique index
 * keeps one copy per content: the loser of a race of two identical writes deletes its own copy.
 */
export class GridFsBlobStore implements BlobStore {
  readonly engine = 'gridfs' as const;
  private readonly client: MongoClient;
  private readonly db: Db;
  private readonly bucket: GridFSBucket;
  private readonly files: Collection<GridFSFile>;
  private readonly chunks: Collection<ChunkDocument>;
  private opened: Promise<void> | undefined;

  constructor(
    url: string,
    databaseName?: string,
    private readonly bucketName = 'blobs',
    private readonly clock: () => number = Date.now,
  ) {
    this.client = new MongoClient(url);
    this.db = this.client.db(databaseName);
    this.bucket = new GridFSBucket(this.db, { bucketName });
    this.files = this.db.collection<GridFSFile>(`${bucketName}.files`);
    this.chunks = this.db.collection<ChunkDocument>(`${bucketName}.chunks`);
  }

  open(): Promise<void> {
    this.opened ??= this.prepare().catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  async write(content: BlobContent, options: BlobWriteOptions): Promise<StoredBlob> {
    await this.open();
    const upload = this.bucket.openUploadStream(`${pendingPrefix}${randomUUID()}`);
    const id = upload.id;
    const measurement: Measurement = { size: 0, sha256: undefined };
    try {
      for await (const chunk of measured(content, options.maxBytes, measurement)) await written(upload, chunk);
      await ended(upload);
    } catch (error) {
      upload.destroy();
      // Each write was awaited until its chunks were stored, so no insert is still on its way: this removes them all.
      await this.remove(id).catch(() => undefined);
      throw error;
    }
    const sha256 = measurement.sha256 ?? '';
    const stored = { sha256, size: measurement.size };
    if (await this.findComplete(sha256)) {
      await this.remove(id);
      return stored;
    }
    try {
      await this.files.updateOne({ _id: id }, { $set: { filename: sha256, 'metadata.sha256': sha256 } });
    } catch (error) {
      if (!(error instanceof MongoServerError && error.code === duplicateKey)) throw error;
      // Another write of the same bytes completed first: its copy is the one.
      await this.remove(id);
    }
    return stored;
  }

  read(sha256: string, range?: BlobRange): Readable {
    const find = this.findComplete.bind(this);
    const bucket = this.bucket;
    async function* bytes(): AsyncGenerator<Buffer> {
      const file = await find(sha256);
      if (!file) throw new BlobNotFoundError(sha256);
      if (range) checkRange(range, file.length);
      // GridFS's end is exclusive, the port's inclusive.
      yield* bucket.openDownloadStream(file._id, range ? { start: range.start, end: range.end + 1 } : {});
    }
    return Readable.from(bytes(), { objectMode: false });
  }

  async stat(sha256: string): Promise<{ size: number } | undefined> {
    const file = await this.findComplete(sha256);
    return file ? { size: file.length } : undefined;
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.findComplete(sha256)) !== undefined;
  }

  async delete(sha256: string): Promise<void> {
    await this.open();
    if (!isSha256(sha256)) return;
    const copies = await this.files.find({ filename: sha256 }, { projection: { _id: 1 } }).toArray();
    for (const copy of copies) await this.remove(copy._id);
  }

  async close(): Promise<void> {
    await this.opened?.catch(() => undefined);
    await this.client.close();
  }

  private async findComplete(sha256: string): Promise<GridFSFile | undefined> {
    await this.open();
    if (!isSha256(sha256)) return undefined;
    return (await this.files.findOne({ 'metadata.sha256': sha256 })) ?? undefined;
  }

  /** The file document first: without it the chunks are unreachable, and a sweep finds orphan chunks anyway. */
  private async remove(id: ObjectId): Promise<void> {
    await this.files.deleteOne({ _id: id });
    await this.chunks.deleteMany({ files_id: id });
  }

  /**
   * Indexes, then what crashed writes left more than an hour ago (younger ones may be another process's writes in
   * progress): pending files, and chunks whose file document was never written (GridFS writes it last).
   */
  private async prepare(): Promise<void> {
    await this.files.createIndex({ filename: 1, uploadDate: 1 });
    await this.files.createIndex(
      { 'metadata.sha256': 1 },
      { unique: true, partialFilterExpression: { 'metadata.sha256': { $exists: true } } },
    );
    await this.chunks.createIndex({ files_id: 1, n: 1 }, { unique: true });
    const staleBefore = this.clock() - staleAfterMs;
    const pending = await this.files
      .find({ filename: { $regex: `^${pendingPrefix}` }, uploadDate: { $lt: new Date(staleBefore) } })
      .project<{ _id: ObjectId }>({ _id: 1 })
      .toArray();
    for (const file of pending) await this.remove(file._id);
    const orphans = await this.chunks
      .aggregate<{ _id: ObjectId }>([
        { $match: { n: 0, files_id: { $lt: ObjectId.createFromTime(Math.floor(staleBefore / 1000)) } } },
        { $lookup: { from: `${this.bucketName}.files`, localField: 'files_id', foreignField: '_id', as: 'file' } },
        { $match: { file: { $size: 0 } } },
        { $project: { _id: '$files_id' } },
      ])
      .toArray();
    for (const orphan of orphans) await this.chunks.deleteMany({ files_id: orphan._id });
  }
}

/** Resolves once GridFS took the chunk (buffered, or stored when it filled a GridFS chunk). */
function written(upload: GridFSBucketWriteStream, chunk: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    upload.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

/** Resolves once the last chunk and the file document are stored. */
async function ended(upload: GridFSBucketWriteStream): Promise<void> {
  upload.end();
  await finished(upload);
}
