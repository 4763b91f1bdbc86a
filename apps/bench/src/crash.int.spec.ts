import { execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { temporaryDirectory } from '@lexport/shared-testing';
import { mattersProjection } from './matters-projection';

const worker = join(__dirname, '../../../dist/apps/bench/main.js');

interface Acknowledged {
  readonly stream: string;
  readonly eventIds: readonly string[];
}

/** Runs the worker until it has acknowledged a few appends, then kills it with SIGKILL after a random delay. */
function runAndKill(file: string, seed: number): Promise<Acknowledged[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, 'crash-worker', '--file', file], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acknowledged: Acknowledged[] = [];
    let buffered = '';
    let errors = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, stream, , ids] = line.split(' ');
        if (word === 'ack' && stream && ids) acknowledged.push({ stream, eventIds: ids.split(',') });
        if ((word === 'ready' || word === 'ack') && !killTimer) {
          killTimer = setTimeout(() => child.kill('SIGKILL'), 100 + ((seed * 7919) % 400));
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`worker exited by itself (${code}): ${errors}`));
      else resolve(acknowledged);
    });
  });
}

describe('crash safety (SIGKILL in the middle of appends and projection batches)', () => {
  const directory = temporaryDirectory('lexport-crash-');
  afterAll(() => directory.remove());

  it('keeps every acknowledged append whole, and projections resume to the same state as a full rebuild', async () => {
    expect(existsSync(worker)).toBe(true);
    const file = directory.file('crash.sqlite');
    const acknowledged: Acknowledged[] = [];
    const rounds = 6;
    for (let round = 1; round <= rounds; round += 1) acknowledged.push(...(await runAndKill(file, round)));
    expect(acknowledged.length).toBeGreaterThan(rounds * 5);

    const events = new SqliteEventStore(file);
    const readStore = new SqliteReadStore(file);
    try {
      const everything: RecordedEvent[] = [];
      for (let after = 0; ;) {
        const page = await events.readAll({ after, maxCount: 5000 });
        if (page.length === 0) break;
        everything.push(...page);
        after = page[page.length - 1]?.position ?? after;
      }
      const stored = new Set(everything.map((event) => event.id));
      const missing = acknowledged.flatMap((ack) => ack.eventIds).filter((id) => !stored.has(id));
      expect(missing).toEqual([]);

      // Nothing half-written: appends carry three events each, so every stream holds a multiple of three.
      const perStream = new Map<string, number>();
      for (const event of everything) perStream.set(event.streamName, (perStream.get(event.streamName) ?? 0) + 1);
      for (const count of perStream.values()) expect(count % 3).toBe(0);

      const runner = new ProjectionRunner(events, readStore, [mattersProjection], { batchSize: 50 });
      await runner.start();
      const head = await events.headPosition();
      expect(await runner.waitForPosition([mattersProjection.name], head, 30_000)).toBe(true);
      const resumed = await runner
        .reader(mattersProjection.name)
        .find('matters', { limit: 1000, sort: [{ field: 'title' }] });
      await runner.rebuild(mattersProjection.name);
      await runner.whenRebuilt(mattersProjection.name);
      const rebuilt = await runner
        .reader(mattersProjection.name)
        .find('matters', { limit: 1000, sort: [{ field: 'title' }] });
      await runner.stop();
      expect(resumed.total).toBeGreaterThan(0);
      expect(resumed).toEqual(rebuilt);
      process.stdout.write(
        `crash test: ${rounds} kills, ${acknowledged.length} acknowledged appends, ${everything.length} events stored, ${resumed.total} matters projected\n`,
      );
    } finally {
      await readStore.close();
      await events.close();
    }
  }, 120_000);
});

describe('concurrent appends from separate processes', () => {
  const directory = temporaryDirectory('lexport-race-');
  afterAll(() => directory.remove());

  it('lets exactly one of six processes appending at the same expected revision succeed', async () => {
    const file = directory.file('race.sqlite');
    const events = new SqliteEventStore(file);
    await events.appendToStream('race-matter-1', [
      {
        id: randomUUID(),
        type: 'MatterOpened',
        data: {},
        metadata: {
          actor: 'race',
          correlationId: 'race',
          causationId: 'race',
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
    const startAt = Date.now() + 1500;
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () =>
        promisify(execFile)(process.execPath, [worker, 'race-worker', '--file', file, '--start-at', String(startAt)]),
      ),
    );
    const said = outcomes.map((outcome) => outcome.stdout.trim()).sort();
    expect(said).toEqual(['lost', 'lost', 'lost', 'lost', 'lost', 'won']);
    expect(await events.readStream('race-matter-1')).toHaveLength(2);
    await events.close();
  }, 60_000);
});
