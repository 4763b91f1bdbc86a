import { Inject, Injectable } from '@nestjs/common';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import { READ_STORE } from './tokens';

export const referenceBlocksCollection = 'reference_blocks';

interface SeriesDocument extends ReadModelDocument {
  /** The first number nobody has leased yet. */
  readonly next: number;
}

interface Block {
  next: number;
  readonly end: number;
}

/**
 * Human references (`M-2026-00042`) numbered per series without a shared read-modify-write on every submission:
 * each process leases a block of numbers in one read-store transaction (serialised by SQLite's writer lock, or by
 * MongoDB's write-conflict retry) and hands them out from memory. Numbers are unique across processes; a crash
 * leaves the rest of its block unused (a gap, never a duplicate; 19 numbers at rest, more only under a burst), and a
 * clean stop gives it back when nobody leased after it.
 */
@Injectable()
export class ReferenceNumbers {
  private readonly blocks = new Map<string, Block>();
  private readonly leasing = new Map<string, Promise<void>>();
  private ready: Promise<void> | undefined;
  private stopping = false;

  constructor(@Inject(READ_STORE) private readonly readStore: ReadStore) {}

  /**
   * A first block is small, so that a crash costs few numbers; a process that comes back for more within a second
   * takes twice as many the next time (up to `maxBlockSize`), so that leasing stays rare under load.
   */
  static readonly blockSize = 20;
  static readonly maxBlockSize = 1280;
  private readonly leased = new Map<string, { readonly size: number; readonly at: number }>();

  async next(series: string): Promise<number> {
    if (this.stopping) throw new Error('The portal is stopping: no new reference is drawn');
    for (;;) {
      const block = this.blocks.get(series);
      if (block && block.next < block.end) return block.next++;
      await this.lease(series);
    }
  }

  private lease(series: string): Promise<void> {
    const pending = this.leasing.get(series);
    if (pending) return pending;
    const leasing = this.leaseBlock(series).finally(() => this.leasing.delete(series));
    this.leasing.set(series, leasing);
    return leasing;
  }

  private async leaseBlock(series: string): Promise<void> {
    this.ready ??= this.readStore.ensureCollection(referenceBlocksCollection).catch((error: unknown) => {
      // A passing failure must not stay the answer for good.
      this.ready = undefined;
      throw error;
    });
    await this.ready;
    const previous = this.leased.get(series);
    const size =
      previous && Date.now() - previous.at < 1000
        ? Math.min(previous.size * 2, ReferenceNumbers.maxBlockSize)
        : ReferenceNumbers.blockSize;
    const start = await this.readStore.transaction(async (writer) => {
      const current = await writer.get<SeriesDocument>(referenceBlocksCollection, series);
      const first = current?.next ?? 1;
      await writer.upsert(referenceBlocksCollection, { id: series, next: first + size });
      return first;
    });
    this.leased.set(series, { size, at: Date.now() });
    this.blocks.set(series, { next: start, end: start + size });
  }

  /**
   * Gives back the rest of each block nobody leased after; called by the platform before it closes the stores (Nest
   * runs shutdown hooks side by side, so this cannot be a hook of its own).
   */
  async giveBack(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.leasing.values()]);
    for (const [series, block] of this.blocks) {
      if (block.next >= block.end) continue;
      await this.readStore
        .transaction(async (writer) => {
          const current = await writer.get<SeriesDocument>(referenceBlocksCollection, series);
          if (current?.next === block.end)
            await writer.upsert(referenceBlocksCollection, { id: series, next: block.next });
        })
        .catch(() => undefined);
    }
    this.blocks.clear();
  }
}
