import { SqliteReadStore } from '@lexport/shared-readstore';
import { temporaryDirectory } from '@lexport/shared-testing';
import { ReferenceNumbers, referenceBlocksCollection } from './reference-numbers';

describe('reference numbers', () => {
  const directory = temporaryDirectory();
  afterAll(() => directory.remove());

  it('never gives a number twice when several processes draw from one series at once', async () => {
    const store = new SqliteReadStore(directory.file('references.sqlite'));
    // Each instance leases its own blocks, as each portal process does.
    const processes = [new ReferenceNumbers(store), new ReferenceNumbers(store), new ReferenceNumbers(store)];
    const drawn = await Promise.all(
      Array.from({ length: 900 }, (_, index) => processes[index % processes.length]?.next('matter-2026') ?? 0),
    );
    expect(new Set(drawn).size).toBe(900);
    expect(Math.min(...drawn)).toBe(1);
    // Gaps are bounded by the unused rest of each process's last block.
    expect(Math.max(...drawn)).toBeLessThanOrEqual(900 + processes.length * ReferenceNumbers.maxBlockSize);
    await store.close();
  });

  it('numbers each series on its own', async () => {
    const store = new SqliteReadStore(directory.file('series.sqlite'));
    const numbers = new ReferenceNumbers(store);
    expect(await numbers.next('matter-2026')).toBe(1);
    expect(await numbers.next('case-2026')).toBe(1);
    expect(await numbers.next('matter-2026')).toBe(2);
    expect(await numbers.next('matter-2027')).toBe(1);
    await store.close();
  });

  it('gives the rest of its block back on a clean stop when nobody leased after it, so a restart leaves no gap', async () => {
    const store = new SqliteReadStore(directory.file('restart.sqlite'));
    const first = new ReferenceNumbers(store);
    expect([await first.next('case-2026'), await first.next('case-2026')]).toEqual([1, 2]);
    await first.giveBack();
    const restarted = new ReferenceNumbers(store);
    expect(await restarted.next('case-2026')).toBe(3);
    await store.close();
  });

  it('keeps the numbers another process leased after it: a clean stop never gives back what is not its own', async () => {
    const store = new SqliteReadStore(directory.file('interleaved.sqlite'));
    const one = new ReferenceNumbers(store);
    const two = new ReferenceNumbers(store);
    expect(await one.next('matter-2026')).toBe(1);
    expect(await two.next('matter-2026')).toBe(1 + ReferenceNumbers.blockSize);
    await one.giveBack();
    const three = new ReferenceNumbers(store);
    expect(await three.next('matter-2026')).toBe(1 + 2 * ReferenceNumbers.blockSize);
    expect(await store.get(referenceBlocksCollection, 'matter-2026')).toEqual({
      id: 'matter-2026',
      next: 1 + 3 * ReferenceNumbers.blockSize,
    });
    await store.close();
  });
});
