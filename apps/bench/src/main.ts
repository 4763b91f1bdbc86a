import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCrashWorker } from './crash-worker';
import { runEmailCrashWorker } from './email-crash-worker';
import { runRaceWorker } from './race-worker';
import { runWorkflowCrashWorker } from './workflow-crash-worker';
import { defaultBenchmarkOptions, runBenchmark } from './benchmark';
import { measureHttpSubmissions } from './http-submit';

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'crash-worker') {
    await runCrashWorker(args);
    return;
  }
  if (command === 'email-crash-worker') {
    await runEmailCrashWorker(args);
    return;
  }
  if (command === 'workflow-crash-worker') {
    await runWorkflowCrashWorker(args);
    return;
  }
  if (command === 'race-worker') {
    await runRaceWorker(args);
    return;
  }
  if (command === 'http') {
    // The HTTP part alone, for working on it: `node dist/apps/bench/main.js http`.
    const directory = mkdtempSync(join(tmpdir(), 'lexport-bench-http-'));
    const results = await measureHttpSubmissions(directory, { connections: 32, seconds: 15, requestTypes: 500 });
    rmSync(directory, { recursive: true, force: true });
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const options = defaultBenchmarkOptions();
  const results = await runBenchmark(options);
  process.stdout.write(`\n${JSON.stringify(results, null, 2)}\n`);
  const checks = [
    [
      'append_events_per_s >= 50% of raw_sqlite_rows_per_s_single_txn',
      Number(results['append_vs_raw_single_txn']) >= 0.5,
    ],
    ['rebuild_events_per_s >= 100,000', Number(results['rebuild_events_per_s']) >= 100_000],
    ['rebuild_events_per_s >= 1/3 of raw_sqlite_rows_per_s_batch', Number(results['rebuild_vs_raw_batch']) >= 1 / 3],
    ['lag_ms_p99 <= 20', Number(results['lag_ms_p99']) <= 20],
    [
      'command_ms_p50 on a 10,000-event stream within 2x of a new stream',
      Number(results['long_vs_new_stream_command']) <= 2,
    ],
    ['hot stream (32 callers) p99 <= 100 ms', Number(results['hot_stream_ms_p99']) <= 100],
    ['http_submit_per_s >= 2,000 (32 connections)', Number(results['http_submit_per_s']) >= 2000],
    ['http_submit_ms_p99 <= 50', Number(results['http_submit_ms_p99']) <= 50],
    ['catalogue_search_ms_p95 <= 10 (500 request types)', Number(results['catalogue_search_ms_p95']) <= 10],
  ] as const;
  for (const [target, met] of checks) process.stdout.write(`${met ? 'met    ' : 'MISSED '} ${target}\n`);
  process.stdout.write(`\nwritten to ${options.resultsFile}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
