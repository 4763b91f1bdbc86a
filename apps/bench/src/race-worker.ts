import { randomUUID } from 'node:crypto';
import { ConcurrencyError, SqliteEventStore } from '@lexport/shared-eventstore';

/**
 * One of several processes that, at the same wall-clock instant, append to the same stream expecting the same
 * revision. Prints "won" or "lost" (a ConcurrencyError); anything else is a failure.
 */
export async function runRaceWorker(args: readonly string[]): Promise<void> {
  const file = args[args.indexOf('--file') + 1];
  const startAt = Number(args[args.indexOf('--start-at') + 1]);
  if (!file || !Number.isFinite(startAt))
    throw new Error('race-worker needs --file <sqlite file> --start-at <epoch ms>');
  const events = new SqliteEventStore(file);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
  try {
    await events.appendToStream(
      'race-matter-1',
      [
        {
          id: randomUUID(),
          type: 'MatterStatusChanged',
          data: { pid: process.pid },
          metadata: {
            actor: 'race',
            correlationId: 'race',
            causationId: randomUUID(),
            occurredAt: new Date().toISOString(),
            schemaVersion: 1,
          },
        },
      ],
      { expectedRevision: 0 },
    );
    process.stdout.write('won\n');
  } catch (error) {
    if (!(error instanceof ConcurrencyError)) throw error;
    process.stdout.write('lost\n');
  } finally {
    await events.close();
  }
}
