import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { temporaryDirectory } from '@lexport/shared-testing';
import { blobStoreContract } from '../testing/blob-store-contract';
import { FilesystemBlobStore } from './filesystem-blob-store';

/** Every file under `directory`, as paths relative to it. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1))
    .sort();
}

describe('files on disk blob store (embedded engine)', () => {
  const directory = temporaryDirectory('lexport-blobs-');
  afterAll(() => directory.remove());

  blobStoreContract(async () => {
    const root = join(directory.path, 'contract');
    return {
      store: new FilesystemBlobStore(root),
      inspect: {
        copiesOf: async (sha256) => filesUnder(root).filter((path) => path.endsWith(sha256)).length,
        leftovers: async () => readdirSync(join(root, 'tmp')).length,
      },
    };
  });

  describe('after a crash', () => {
    it('has only a temporary file while a write is under way, which the next start-up sweeps once it is old', async () => {
      const root = join(directory.path, 'crash');
      const store = new FilesystemBlobStore(root);
      let stall: () => void = () => undefined;
      const stalled = new Promise<void>((resolve) => (stall = resolve));
      let die: (error: Error) => void = () => undefined;
      async function* interrupted(): AsyncGenerator<Uint8Array> {
        yield Buffer.alloc(64 * 1024, 1);
        stall();
        // The process dies here: as far as the disk knows, the write never ends.
        await new Promise<void>((_resolve, reject) => (die = reject));
      }
      const writing = store.write(interrupted(), { maxBytes: 1024 * 1024 });
      await stalled;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const files = filesUnder(root);
      expect(files).toEqual([expect.stringMatching(/^tmp\/[0-9a-f-]{36}\.part$/)]);

      const restartedLater = new FilesystemBlobStore(root, () => Date.now() + 2 * 3_600_000);
      await restartedLater.open();
      expect(filesUnder(root)).toEqual([]);

      // Lets the abandoned write close its file, as the dead process's exit would.
      die(new Error('killed'));
      await expect(writing).rejects.toThrow('killed');
      expect(filesUnder(root)).toEqual([]);
    });

    it('removes temporary files older than an hour at start-up, and keeps younger ones (another process writing)', async () => {
      const root = join(directory.path, 'sweep');
      mkdirSync(join(root, 'tmp'), { recursive: true });
      writeFileSync(join(root, 'tmp', 'stale.part'), 'half a file');
      writeFileSync(join(root, 'tmp', 'young.part'), 'being written');
      const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000);
      utimesSync(join(root, 'tmp', 'stale.part'), twoHoursAgo, twoHoursAgo);
      const store = new FilesystemBlobStore(root);
      await store.open();
      expect(filesUnder(root)).toEqual(['tmp/young.part']);
      const later = new FilesystemBlobStore(root, () => Date.now() + 2 * 3_600_000);
      await later.open();
      expect(filesUnder(root)).toEqual([]);
    });

    it('stores a blob under <aa>/<bb>/<sha256> with no temporary file left', async () => {
      const root = join(directory.path, 'layout');
      const store = new FilesystemBlobStore(root);
      const { sha256 } = await store.write(Readable.from([Buffer.from('Engagement letter')]), { maxBytes: 100 });
      expect(filesUnder(root)).toEqual([`${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`]);
    });
  });
});
