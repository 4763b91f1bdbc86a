import { SqliteEventStore } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { matterEvent, mattersProjection } from './matters-projection';

/**
 * Appends forever (three events per append) while the matters projection runs, printing each acknowledged append.
 * The crash test kills it with SIGKILL at a random moment. Writes to a pipe are synchronous on Linux, so an "ack"
 * line the test has read was printed after the append had committed.
 */
export async function runCrashWorker(args: readonly string[]): Promise<void> {
  const file = args[args.indexOf('--file') + 1];
  if (!file) throw new Error('crash-worker needs --file <sqlite file>');
  const events = new SqliteEventStore(file, { pollIntervalMs: 20 });
  const readStore = new SqliteReadStore(file);
  const runner = new ProjectionRunner(events, readStore, [mattersProjection], { batchSize: 50 });
  await runner.start();
  process.stdout.write('ready\n');
  for (let index = 0; ; index += 1) {
    const matter = index % 40;
    const stream = `crash-matter-${process.pid}-${matter}`;
    const history = await events.readStream(stream, { direction: 'backwards', maxCount: 1 });
    const next = (history[0]?.revision ?? -1) + 1;
    const batch = [0, 1, 2].map((offset) => matterEvent(matter, next + offset));
    const result = await events.appendToStream(stream, batch, {
      expectedRevision: next === 0 ? 'no_stream' : next - 1,
    });
    process.stdout.write(`ack ${stream} ${result.position} ${batch.map((event) => event.id).join(',')}\n`);
  }
}
