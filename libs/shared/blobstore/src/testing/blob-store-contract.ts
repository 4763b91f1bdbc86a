import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { BlobNotFoundError, BlobRangeError, BlobTooLargeError } from '../lib/port';
import type { BlobStore } from '../lib/port';

/** What a contract test needs to see past the port: how many copies of a blob are kept, and what writes left over. */
export interface BlobStoreInspector {
  copiesOf(sha256: string): Promise<number>;
  /** Temporary files, pending uploads, orphan chunks: anything a finished or failed write should not have left. */
  leftovers(): Promise<number>;
}

const megabyte = 1024 * 1024;

/** Deterministic bytes, generated chunk by chunk so that no test holds a large file in one buffer. */
async function* generated(size: number, seed: number, chunkSize = 64 * 1024): AsyncGenerator<Uint8Array> {
  let state = seed >>> 0;
  for (let offset = 0; offset < size; offset += chunkSize) {
    const chunk = Buffer.allocUnsafe(Math.min(chunkSize, size - offset));
    for (let index = 0; index < chunk.length; index += 1) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      chunk[index] = state >>> 24;
    }
    yield chunk;
  }
}

async function bytesOf(content: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const unknown = 'f'.repeat(64);

/** The behaviour every blob engine must show; run once per engine. */
export function blobStoreContract(openStore: () => Promise<{ store: BlobStore; inspect: BlobStoreInspector }>): void {
  let store: BlobStore;
  let inspect: BlobStoreInspector;
  let seed = 1;
  const nextSeed = () => (seed += 7919);

  beforeAll(async () => {
    ({ store, inspect } = await openStore());
    await store.open();
  });

  afterAll(async () => {
    await store.close();
  });

  it.each([
    ['one byte', 1],
    ['no byte', 0],
    ['5 MB streamed in chunks', 5 * megabyte],
  ])(
    'stores %s and gives the same bytes back under their SHA-256',
    async (_name, size) => {
      const expected = await bytesOf(generated(size, nextSeed()));
      const stored = await store.write(generated(size, seed), { maxBytes: 10 * megabyte });
      expect(stored).toEqual({ sha256: sha256Of(expected), size });
      expect(await store.stat(stored.sha256)).toEqual({ size });
      expect(await store.has(stored.sha256)).toBe(true);
      const read = await bytesOf(store.read(stored.sha256));
      expect(read.length).toBe(size);
      expect(read.equals(expected)).toBe(true);
      expect(await inspect.leftovers()).toBe(0);
    },
    60_000,
  );

  it('takes a Node stream as well as an async iterable', async () => {
    const stored = await store.write(Readable.from([Buffer.from('Lease '), Buffer.from('renewal')]), { maxBytes: 100 });
    expect(stored).toEqual({ sha256: sha256Of(Buffer.from('Lease renewal')), size: 13 });
    expect((await bytesOf(store.read(stored.sha256))).toString()).toBe('Lease renewal');
  });

  it('keeps one copy of the same bytes written twice', async () => {
    const size = 300 * 1024;
    const first = await store.write(generated(size, nextSeed()), { maxBytes: megabyte });
    const second = await store.write(generated(size, seed), { maxBytes: megabyte });
    expect(second).toEqual(first);
    expect(await inspect.copiesOf(first.sha256)).toBe(1);
    expect(await inspect.leftovers()).toBe(0);
  });

  it('keeps one readable copy when the same bytes are written concurrently', async () => {
    const size = 700 * 1024;
    const contentSeed = nextSeed();
    const expected = await bytesOf(generated(size, contentSeed));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => store.write(generated(size, contentSeed, 16 * 1024), { maxBytes: megabyte })),
    );
    expect(new Set(results.map((result) => result.sha256))).toEqual(new Set([sha256Of(expected)]));
    expect(await inspect.copiesOf(sha256Of(expected))).toBe(1);
    expect((await bytesOf(store.read(sha256Of(expected)))).equals(expected)).toBe(true);
    expect(await inspect.leftovers()).toBe(0);
  });

  it('refuses content over the limit and keeps nothing of it', async () => {
    const limit = 256 * 1024;
    const over = await bytesOf(generated(limit + 1, nextSeed()));
    await expect(store.write(generated(limit + 1, seed), { maxBytes: limit })).rejects.toBeInstanceOf(
      BlobTooLargeError,
    );
    expect(await store.has(sha256Of(over))).toBe(false);
    expect(await store.has(sha256Of(over.subarray(0, limit)))).toBe(false);
    expect(await inspect.leftovers()).toBe(0);
    const exactly = await store.write(generated(limit, seed), { maxBytes: limit });
    expect(exactly.size).toBe(limit);
  });

  it('stops reading a source over the limit', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        produced += 1024;
        yield Buffer.alloc(1024, 7);
      }
    }
    await expect(store.write(endless(), { maxBytes: 10 * 1024 })).rejects.toBeInstanceOf(BlobTooLargeError);
    expect(produced).toBeLessThanOrEqual(12 * 1024);
    expect(await inspect.leftovers()).toBe(0);
  });

  it('keeps nothing of a write whose source fails midway', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield Buffer.alloc(300 * 1024, 1);
      throw new Error('client went away');
    }
    await expect(store.write(failing(), { maxBytes: megabyte })).rejects.toThrow('client went away');
    expect(await store.has(sha256Of(Buffer.alloc(300 * 1024, 1)))).toBe(false);
    expect(await inspect.leftovers()).toBe(0);
  });

  it('reads byte ranges with an inclusive end, across chunk boundaries', async () => {
    const size = 600 * 1024;
    const expected = await bytesOf(generated(size, nextSeed()));
    const { sha256 } = await store.write(generated(size, seed), { maxBytes: megabyte });
    for (const [start, end] of [
      [0, 0],
      [0, 9],
      [255 * 1024 - 3, 255 * 1024 + 3],
      [100_000, 400_000],
      [size - 1, size - 1],
      [0, size - 1],
    ] as const) {
      const read = await bytesOf(store.read(sha256, { start, end }));
      expect({ start, end, equal: read.equals(expected.subarray(start, end + 1)) }).toEqual({
        start,
        end,
        equal: true,
      });
    }
  });

  it('refuses a range outside the blob', async () => {
    const { sha256 } = await store.write(Readable.from([Buffer.from('0123456789')]), { maxBytes: 100 });
    for (const range of [
      { start: 5, end: 10 },
      { start: 10, end: 10 },
      { start: 4, end: 3 },
      { start: -1, end: 2 },
    ]) {
      await expect(bytesOf(store.read(sha256, range))).rejects.toBeInstanceOf(BlobRangeError);
    }
  });

  it('knows nothing of unknown blobs, nor of names that are not hashes', async () => {
    for (const name of [unknown, '../../etc/passwd', 'F'.repeat(64), '']) {
      await expect(bytesOf(store.read(name))).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await store.stat(name)).toBeUndefined();
      expect(await store.has(name)).toBe(false);
    }
  });

  it('deletes a blob, and deleting an unknown one does nothing', async () => {
    const { sha256 } = await store.write(Readable.from([Buffer.from('to be deleted')]), { maxBytes: 100 });
    await store.delete(sha256);
    expect(await store.has(sha256)).toBe(false);
    expect(await inspect.copiesOf(sha256)).toBe(0);
    await expect(bytesOf(store.read(sha256))).rejects.toBeInstanceOf(BlobNotFoundError);
    await store.delete(sha256);
    await store.delete(unknown);
  });

  it('lets a reader stop early without harm', async () => {
    const { sha256 } = await store.write(generated(megabyte, nextSeed()), { maxBytes: megabyte });
    const stream = store.read(sha256);
    for await (const chunk of stream) {
      expect(chunk.length).toBeGreaterThan(0);
      break;
    }
    expect(stream.destroyed).toBe(true);
    expect((await bytesOf(store.read(sha256))).length).toBe(megabyte);
  });
}
