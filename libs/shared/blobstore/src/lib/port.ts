import type { Readable } from 'node:stream';

/**
 * Files (attachments) stored by the SHA-256 of their bytes: writing the same bytes twice keeps one copy, and a blob
 * never changes once written. Two engines: files on disk (embedded default) and MongoDB GridFS.
 */
export interface BlobStore {
  readonly engine: 'filesystem' | 'gridfs';
  /**
   * Prepares the store (directories, indexes) and removes what a crashed write left behind. Idempotent; every other
   * method waits for it.
   */
  open(): Promise<void>;
  /**
   * Streams `content` into the store, hashing it as it goes; nothing holds the whole file. Only a complete blob
   * becomes readable. More than `maxBytes` bytes rejects with `BlobTooLargeError`, and a failing or aborted source
   * with its own error; either way nothing is left behind. The source is not read further after a rejection.
   */
  write(content: BlobContent, options: BlobWriteOptions): Promise<StoredBlob>;
  /**
   * The blob's bytes, or those of `range` (inclusive end, as in HTTP). An unknown blob makes the stream fail with
   * `BlobNotFoundError`, a range outside it with `BlobRangeError`.
   */
  read(sha256: string, range?: BlobRange): Readable;
  stat(sha256: string): Promise<{ readonly size: number } | undefined>;
  has(sha256: string): Promise<boolean>;
  /** Removes the blob if it is there. Blobs are shared by content: only delete what no one else can refer to. */
  delete(sha256: string): Promise<void>;
  close(): Promise<void>;
}

export type BlobContent = Readable | AsyncIterable<Uint8Array>;

export interface BlobWriteOptions {
  readonly maxBytes: number;
}

export interface StoredBlob {
  /** Lower-case hex SHA-256 of the bytes: the blob's name. */
  readonly sha256: string;
  readonly size: number;
}

/** Byte offsets from 0; `end` is included. */
export interface BlobRange {
  readonly start: number;
  readonly end: number;
}

export class BlobStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class BlobTooLargeError extends BlobStoreError {
  constructor(readonly maxBytes: number) {
    super(`The content is larger than ${maxBytes} bytes.`);
  }
}

export class BlobNotFoundError extends BlobStoreError {
  constructor(readonly sha256: string) {
    super(`No blob ${sha256.slice(0, 80)}.`);
  }
}

export class BlobRangeError extends BlobStoreError {
  constructor(range: BlobRange, size: number) {
    super(`Bytes ${range.start}-${range.end} are not within a blob of ${size} bytes.`);
  }
}

const sha256Pattern = /^[0-9a-f]{64}$/;

/** A blob's name is also a path on disk and a GridFS file name: anything but 64 lower-case hex digits is unknown. */
export function isSha256(value: string): boolean {
  return sha256Pattern.test(value);
}

export function checkRange(range: BlobRange, size: number): void {
  const valid =
    Number.isSafeInteger(range.start) &&
    Number.isSafeInteger(range.end) &&
    range.start >= 0 &&
    range.end >= range.start &&
    range.end < size;
  if (!valid) throw new BlobRangeError(range, size);
}
