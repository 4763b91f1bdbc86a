import { createHash } from 'node:crypto';
import type { BlobContent } from './port';
import { BlobTooLargeError } from './port';

export interface Measurement {
  size: number;
  /** Set once the content has ended. */
  sha256: string | undefined;
}

/**
 * Passes the content's chunks on as buffers while hashing and counting them; throws `BlobTooLargeError` before
 * yielding the chunk that crosses `maxBytes`, so an engine never stores a byte over the limit.
 */
export async function* measured(
  content: BlobContent,
  maxBytes: number,
  measurement: Measurement,
): AsyncGenerator<Buffer, void, undefined> {
  const hash = createHash('sha256');
  for await (const chunk of content as AsyncIterable<Uint8Array | string>) {
    const bytes =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (bytes.byteLength === 0) continue;
    if (measurement.size + bytes.byteLength > maxBytes) throw new BlobTooLargeError(maxBytes);
    measurement.size += bytes.byteLength;
    hash.update(bytes);
    yield bytes;
  }
  measurement.sha256 = hash.digest('hex');
}
