import { performance } from 'node:perf_hooks';
import { systemClock } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import { CommandExecutor } from '@lexport/shared-platform';
import { randomUUID } from 'node:crypto';

/** A matter that collects notes: the shape of a long-lived stream (notes, files, hearings). */
type NoteCommand = { readonly type: 'AddNote'; readonly data: { readonly body: string; readonly at: string } };
type NoteEvent = { readonly type: 'NoteAdded'; readonly data: { readonly body: string; readonly addedAt: string } };
interface NoteState {
  readonly notes: number;
}

const notesDecider: Decider<NoteCommand, NoteEvent, NoteState> = {
  initialState: () => ({ notes: 0 }),
  decide: (command) => [{ type: 'NoteAdded', data: { body: command.data.body, addedAt: command.data.at } }],
  evolve: (state) => ({ notes: state.notes + 1 }),
};

const context = () => ({ commandId: randomUUID(), correlationId: randomUUID(), actor: 'bench' });
const addNote = (): NoteCommand => ({
  type: 'AddNote',
  data: { body: 'Client called about the hearing date', at: new Date().toISOString() },
});

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

async function timeCommands(executor: CommandExecutor, stream: string, count: number): Promise<number[]> {
  const durations: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const begin = performance.now();
    await executor.execute(notesDecider, stream, addNote(), context());
    durations.push(performance.now() - begin);
  }
  return durations.sort((left, right) => left - right);
}

export interface CommandCostResults {
  readonly command_ms_p50_new_stream: number;
  readonly command_ms_p50_long_stream: number;
  readonly long_stream_events: number;
  readonly hot_stream_connections: number;
  readonly hot_stream_commands_per_s: number;
  readonly hot_stream_ms_p99: number;
}

/**
 * The cost of one command through the CommandExecutor (what every HTTP command runs): on a new stream, on a stream
 * of `longStreamEvents` events, and from `connections` concurrent callers on one stream. The executor is new, so
 * the long stream's first command folds it once, as after a restart.
 */
export async function measureCommandCost(
  file: string,
  longStreamEvents: number,
  connections: number,
): Promise<CommandCostResults> {
  const store = new SqliteEventStore(file);
  try {
    const longStream = `bench-notes-${randomUUID()}`;
    for (let written = 0; written < longStreamEvents; written += 500) {
      const batch = Array.from({ length: Math.min(500, longStreamEvents - written) }, () => ({
        id: randomUUID(),
        type: 'NoteAdded',
        data: { body: 'Client called about the hearing date', addedAt: new Date().toISOString() },
        metadata: {
          actor: 'bench',
          correlationId: 'bench',
          causationId: randomUUID(),
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      }));
      await store.appendToStream(longStream, batch, { expectedRevision: written === 0 ? 'no_stream' : written - 1 });
    }
    // Interleaved, so that both see the same database (WAL size, page cache) and differ only in their stream.
    const executor = new CommandExecutor(store, systemClock);
    const newStream = `bench-notes-${randomUUID()}`;
    const newStreamMs: number[] = [];
    const longStreamMs: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      newStreamMs.push(...(await timeCommands(executor, newStream, 10)));
      longStreamMs.push(...(await timeCommands(executor, longStream, 10)));
    }
    newStreamMs.sort((left, right) => left - right);
    longStreamMs.sort((left, right) => left - right);

    const hotExecutor = new CommandExecutor(store, systemClock);
    const hotStream = `bench-notes-${randomUUID()}`;
    const perConnection = 25;
    const latencies: number[] = [];
    const begin = performance.now();
    await Promise.all(
      Array.from({ length: connections }, async () => {
        for (let index = 0; index < perConnection; index += 1) {
          const started = performance.now();
          await hotExecutor.execute(notesDecider, hotStream, addNote(), context());
          latencies.push(performance.now() - started);
        }
      }),
    );
    const seconds = (performance.now() - begin) / 1000;
    latencies.sort((left, right) => left - right);
    const round = (value: number) => Math.round(value * 100) / 100;
    return {
      command_ms_p50_new_stream: round(percentile(newStreamMs, 0.5)),
      command_ms_p50_long_stream: round(percentile(longStreamMs, 0.5)),
      long_stream_events: longStreamEvents,
      hot_stream_connections: connections,
      hot_stream_commands_per_s: Math.round((connections * perConnection) / seconds),
      hot_stream_ms_p99: round(percentile(latencies, 0.99)),
    };
  } finally {
    await store.close();
  }
}
