import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { ReferenceNumbers } from '@lexport/shared-platform';
import { measureCommandCost } from './command-cost';
import { measureHttpSubmissions } from './http-submit';
import { matterEvent, mattersProjection } from './matters-projection';

export interface BenchmarkOptions {
  readonly directory: string;
  readonly resultsFile: string;
  readonly rebuildEvents: number;
  readonly appends: number;
  readonly lagSamples: number;
}

const payload = JSON.stringify({
  matterId: 'm1',
  body: 'Client called about the hearing date',
  at: '2026-11-27T10:00:00.000Z',
});

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/** Plain node:sqlite on the same disk and with the same durability as the event store: the physical reference. */
function rawSqlite(file: string, rows: number, rowsPerTransaction: number): number {
  const db = new DatabaseSync(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE rows (id INTEGER PRIMARY KEY, body TEXT NOT NULL)',
  );
  const insert = db.prepare('INSERT INTO rows (body) VALUES (?)');
  const started = performance.now();
  for (let written = 0; written < rows;) {
    db.exec('BEGIN');
    for (let index = 0; index < rowsPerTransaction && written < rows; index += 1, written += 1) insert.run(payload);
    db.exec('COMMIT');
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return rows / seconds;
}

/** CPU profile of the rebuild alone (BENCH_PROFILE=<file>.cpuprofile), for finding where its time goes. */
async function startProfiler(): Promise<{ stop(file: string): Promise<void> }> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async (file) => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

export async function runBenchmark(options: BenchmarkOptions): Promise<Record<string, number | string>> {
  rmSync(options.directory, { recursive: true, force: true });
  mkdirSync(options.directory, { recursive: true });
  const started = performance.now();

  log('raw node:sqlite, one row per durable transaction (synchronous=FULL, like the event store) ...');
  const rawSingle = rawSqlite(join(options.directory, 'raw-single.sqlite'), options.appends, 1);
  // "Batch" as ../shared/TOOLCHAIN.md measures it: 100 rows per transaction. The one-transaction figure is printed
  // too, so that the rebuild can be read against either.
  log('raw node:sqlite, 100 rows per transaction ...');
  const rawBatch = rawSqlite(join(options.directory, 'raw-batch.sqlite'), 200_000, 100);
  log('raw node:sqlite, all rows in one transaction ...');
  const rawOneTransaction = rawSqlite(join(options.directory, 'raw-one.sqlite'), 200_000, 200_000);

  log(`append through the event store port, one durable event per append (${options.appends}) ...`);
  const appendFile = join(options.directory, 'append.sqlite');
  const appendStore = new SqliteEventStore(appendFile);
  let appendSeconds = 0;
  {
    const begin = performance.now();
    for (let index = 0; index < options.appends; index += 1) {
      const matter = index % 500;
      await appendStore.appendToStream(`bench-matter-${matter}`, [matterEvent(matter, Math.floor(index / 500))], {
        expectedRevision: 'any',
      });
    }
    appendSeconds = (performance.now() - begin) / 1000;
  }
  // The same appends from 32 callers at once (an HTTP server's load): waiting appends share one commit.
  log(`append from 32 concurrent callers (${options.appends}) ...`);
  let concurrentSeconds = 0;
  {
    const begin = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: 32 }, async () => {
        for (let index = next++; index < options.appends; index = next++) {
          const matter = 1000 + (index % 500);
          await appendStore.appendToStream(`bench-matter-${matter}`, [matterEvent(matter, Math.floor(index / 500))], {
            expectedRevision: 'any',
          });
        }
      }),
    );
    concurrentSeconds = (performance.now() - begin) / 1000;
  }
  await appendStore.close();

  // References (M-2026-00042) from three allocators sharing one store, as three portal processes would: unique,
  // and without a read-modify-write on a shared stream for each one.
  log('reference numbers: 100,000 draws from 3 allocators sharing one store ...');
  let referencesPerSecond = 0;
  {
    const store = new SqliteReadStore(join(options.directory, 'references.sqlite'));
    const allocators = [new ReferenceNumbers(store), new ReferenceNumbers(store), new ReferenceNumbers(store)];
    const begin = performance.now();
    const drawn = await Promise.all(
      Array.from({ length: 100_000 }, (_, index) => (allocators[index % 3] as ReferenceNumbers).next('matter-2026')),
    );
    referencesPerSecond = 100_000 / ((performance.now() - begin) / 1000);
    if (new Set(drawn).size !== drawn.length) throw new Error('A reference number was drawn twice');
    await store.close();
  }

  log('HTTP: 500 request types in the catalogue, searches, then submissions from 32 connections for 15 s ...');
  const httpSubmit = await measureHttpSubmissions(join(options.directory, 'portal'), {
    connections: 32,
    seconds: 15,
    requestTypes: 500,
  });

  log('command cost: new stream, a stream of 10,000 events, 32 callers on one stream ...');
  const commandCost = await measureCommandCost(join(options.directory, 'commands.sqlite'), 10_000, 32);

  // Matters receive events over time, so the global order interleaves many streams: a window of 1,000 active
  // matters, each getting its 100 events in appends of 5, round-robin across the window.
  log(
    `loading ${options.rebuildEvents.toLocaleString('en')} events (1,000 matters active at a time, 100 events each) ...`,
  );
  const file = join(options.directory, 'lexport.sqlite');
  {
    const loader = new SqliteEventStore(file, { durability: 'normal' });
    const eventsPerMatter = 100;
    const window = 1000;
    const perAppend = 5;
    const matters = Math.ceil(options.rebuildEvents / eventsPerMatter);
    for (let first = 0; first < matters; first += window) {
      for (let revision = 0; revision < eventsPerMatter; revision += perAppend) {
        for (let matter = first; matter < Math.min(matters, first + window); matter += 1) {
          const batch = Array.from({ length: perAppend }, (_, offset) => matterEvent(matter, revision + offset));
          await loader.appendToStream(`bench-matter-${matter}`, batch, {
            expectedRevision: revision === 0 ? 'no_stream' : revision - 1,
          });
        }
      }
    }
    await loader.close();
  }

  const events = new SqliteEventStore(file, { pollIntervalMs: 50 });
  const readStore = new SqliteReadStore(file);
  const runner = new ProjectionRunner(events, readStore, [mattersProjection], {
    batchSize: Number(process.env['BENCH_BATCH'] ?? 2000),
  });
  const head = await events.headPosition();

  log('initial build of the matters projection ...');
  const buildStarted = performance.now();
  await runner.start();
  await runner.waitForPosition([mattersProjection.name], head, 600_000);
  const buildSeconds = (performance.now() - buildStarted) / 1000;

  log('blue/green rebuild of the matters projection ...');
  const profiler = process.env['BENCH_PROFILE'] ? await startProfiler() : undefined;
  const rebuildStarted = performance.now();
  await runner.rebuild(mattersProjection.name);
  await runner.whenRebuilt(mattersProjection.name);
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
  await profiler?.stop(process.env['BENCH_PROFILE'] as string);
  const rebuilt = await runner.reader(mattersProjection.name).find('matters', { limit: 0 });

  log(`live lag, ${options.lagSamples} appends ...`);
  const lags: number[] = [];
  for (let sample = 0; sample < options.lagSamples; sample += 1) {
    const matter = sample % 1000;
    const begin = performance.now();
    const { position } = await events.appendToStream(`bench-matter-${matter}`, [matterEvent(matter, 100 + sample)], {
      expectedRevision: 'any',
    });
    if (!(await runner.waitForPosition([mattersProjection.name], position, 5000)))
      throw new Error('The projection did not reach the appended event');
    lags.push(performance.now() - begin);
    await new Promise((resolve) => setTimeout(resolve, sample % 5));
  }
  lags.sort((left, right) => left - right);
  await runner.stop();
  await readStore.close();
  await events.close();

  const results = {
    measured_at: new Date().toISOString(),
    node: process.version,
    raw_sqlite_rows_per_s_single_txn: round(rawSingle),
    raw_single_txn_rows_per_transaction: 1,
    raw_sqlite_rows_per_s_batch: round(rawBatch),
    raw_batch_rows_per_transaction: 100,
    raw_sqlite_rows_per_s_one_txn: round(rawOneTransaction),
    append_events_per_s: round(options.appends / appendSeconds),
    append_events_per_s_concurrent: round(options.appends / concurrentSeconds),
    rebuild_events: head,
    rebuild_events_per_s: round(head / rebuildSeconds),
    initial_build_events_per_s: round(head / buildSeconds),
    rebuilt_documents: rebuilt.total,
    lag_ms_p50: round(percentile(lags, 0.5), 2),
    lag_ms_p99: round(percentile(lags, 0.99), 2),
    lag_ms_max: round(lags[lags.length - 1] ?? 0, 2),
    ...commandCost,
    ...httpSubmit,
    reference_numbers_per_s: round(referencesPerSecond),
    command_ms_p50: commandCost.command_ms_p50_long_stream,
    long_vs_new_stream_command: round(
      commandCost.command_ms_p50_long_stream / commandCost.command_ms_p50_new_stream,
      2,
    ),
    append_vs_raw_single_txn: round(options.appends / appendSeconds / rawSingle, 3),
    rebuild_vs_raw_batch: round(head / rebuildSeconds / rawBatch, 3),
    rebuild_vs_raw_one_txn: round(head / rebuildSeconds / rawOneTransaction, 3),
    total_seconds: round((performance.now() - started) / 1000, 1),
  };
  mkdirSync(dirname(options.resultsFile), { recursive: true });
  writeFileSync(options.resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  rmSync(options.directory, { recursive: true, force: true });
  return results;
}

export function defaultBenchmarkOptions(): BenchmarkOptions {
  return {
    directory: join(tmpdir(), `lexport-bench-${process.pid}`),
    resultsFile: join(process.cwd(), 'bench/results.json'),
    rebuildEvents: Number(process.env['BENCH_EVENTS'] ?? 1_000_000),
    appends: Number(process.env['BENCH_APPENDS'] ?? 5000),
    lagSamples: Number(process.env['BENCH_LAG_SAMPLES'] ?? 500),
  };
}
