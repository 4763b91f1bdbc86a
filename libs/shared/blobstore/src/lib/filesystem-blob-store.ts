import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { measured } from './measured';
import type { Measurement } from './measured';
import { BlobNotFoundError, checkRange, isSha256 } from './port';
import type { BlobContent, BlobRange, BlobStore, BlobWriteOptions, StoredBlob } from './port';

/** A write in progress lives here; anything older than this at start-up was left by a crash. */
const temporaryDirectoryName = 'tmp';
const staleAfterMs = 3_600_000;

/**
 * Blobs as files `<directory>/<aa>/<bb>/<sha256>`. A write goes to a temporary file in `<directory>/tmp` (same file
 * system, so the rename is atomic), is hashed on the way, synced, then renamed to its final name and the directory
 * synced: a crash leaves at most a temporary file, never a half file under a final name.
 */
export class FilesystemBlobStore implements BlobStore {
  readonly engine = 'filesystem' as const;
  private opened: Promise<void> | undefined;

  constructor(
    private readonly directory: string,
    private readonly clock: () => number = Date.now,
  ) {}

  open(): Promise<void> {
    this.opened ??= this.prepare().catch((error: unknown) => {
      this.opened = undefined;
      throw error;
    });
    return this.opened;
  }

  async write(content: BlobContent, options: BlobWriteOptions): Promise<StoredBlob> {
    await this.open();
    const temporary = join(this.directory, temporaryDirectoryName, `${randomUUID()}.part`);
    const measurement: Measurement = { size: 0, sha256: undefined };
    let file: FileHandle | undefined = await open(temporary, 'wx', 0o600);
    try {
      for await (const chunk of measured(content, options.maxBytes, measurement)) {
        // Awaiting each write is the back-pressure: the source is read no faster than the disk takes it.
        await file.write(chunk);
      }
      await file.sync();
      await file.close();
      file = undefined;
      const sha256 = measurement.sha256 ?? '';
      const target = this.pathOf(sha256);
      if (await exists(target)) {
        await unlink(temporary);
      } else {
        const created = await mkdir(dirname(target), { recursive: true });
        await rename(temporary, target);
        await syncDirectory(dirname(target));
        // New fan-out directories must themselves be durable entries of their parents.
        if (created !== undefined) {
          await syncDirectory(dirname(dirname(target)));
          await syncDirectory(this.directory);
        }
      }
      return { sha256, size: measurement.size };
    } catch (error) {
      await file?.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
  }

  read(sha256: string, range?: BlobRange): Readable {
    const path = isSha256(sha256) ? this.pathOf(sha256) : undefined;
    const opened = this.open();
    async function* bytes(): AsyncGenerator<Buffer> {
      await opened;
      if (!path) throw new BlobNotFoundError(sha256);
      const file = await open(path, 'r').catch((error: unknown) => {
        throw isMissing(error) ? new BlobNotFoundError(sha256) : error;
      });
      try {
        if (range) checkRange(range, (await file.stat()).size);
        // The stream closes neither the handle nor itself early: `finally` does, also when the reader goes away.
        yield* file.createReadStream({ ...(range ?? {}), autoClose: false, highWaterMark: 64 * 1024 });
      } finally {
        await file.close();
      }
    }
    return Readable.from(bytes(), { objectMode: false });
  }

  async stat(sha256: string): Promise<{ size: number } | undefined> {
    await this.open();
    if (!isSha256(sha256)) return undefined;
    try {
      return { size: (await stat(this.pathOf(sha256))).size };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async has(sha256: string): Promise<boolean> {
    return (await this.stat(sha256)) !== undefined;
  }

  async delete(sha256: string): Promise<void> {
    await this.open();
    if (!isSha256(sha256)) return;
    await rm(this.pathOf(sha256), { force: true });
  }

  async close(): Promise<void> {
    await this.opened?.catch(() => undefined);
  }

  private pathOf(sha256: string): string {
    return join(this.directory, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  /**
   * Removes temporary files older than an hour: those were left by a crash. Younger ones may belong to another
   * process writing into the same directory right now.
   */
  private async prepare(): Promise<void> {
    const temporaries = join(this.directory, temporaryDirectoryName);
    await mkdir(temporaries, { recursive: true });
    const staleBefore = this.clock() - staleAfterMs;
    for (const name of await readdir(temporaries)) {
      const path = join(temporaries, name);
      const modified = await stat(path).then(
        (found) => found.mtimeMs,
        () => undefined,
      );
      if (modified !== undefined && modified < staleBefore) await rm(path, { force: true });
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ENOENT';
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Makes a rename or a new entry in `path` durable (POSIX: fsync the directory). */
async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
