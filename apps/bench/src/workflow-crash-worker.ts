import { systemClock } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { Recorded } from '@lexport/shared-eventstore';
import { commandTo, ProjectionRunner, workflowLane } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { CommandExecutor, uuidFromName, workflowSender } from '@lexport/shared-platform';

type ReminderCommand = {
  readonly type: 'QueueReminder';
  readonly data: { readonly hearing: number; readonly at: string };
};
type ReminderEvent = {
  readonly type: 'ReminderQueued';
  readonly data: { readonly hearing: number; readonly queuedAt: string };
};

/** Queues a reminder every time it is told to: a duplicate command would show as a duplicate event. */
const remindersDecider: Decider<ReminderCommand, ReminderEvent, null> = {
  initialState: () => null,
  decide: (command) => [{ type: 'ReminderQueued', data: { hearing: command.data.hearing, queuedAt: command.data.at } }],
  evolve: (state) => state,
};

type HearingScheduled = Recorded<{ readonly type: 'HearingScheduled'; readonly data: { readonly hearing: number } }>;

export const remindersStream = (hearing: number) => `crash-reminders-${hearing % 10}`;

const remindAttendees: Workflow<HearingScheduled, { readonly scheduled: number }> = {
  name: 'bench_remind_attendees',
  version: 1,
  eventTypes: ['HearingScheduled'],
  instanceOf: (event) => event.streamName,
  initialState: () => ({ scheduled: 0 }),
  evolve: (state) => ({ scheduled: state.scheduled + 1 }),
  react: (_state, event) => [
    commandTo(remindersDecider, remindersStream(event.data.hearing), {
      type: 'QueueReminder',
      data: { hearing: event.data.hearing, at: event.metadata.occurredAt },
    }),
  ],
};

/**
 * Schedules `--count` hearings (only those still missing) while a workflow answers each with a reminder command on
 * another stream; the crash test kills it with SIGKILL. Prints "done" once every hearing has been seen by the lane.
 */
export async function runWorkflowCrashWorker(args: readonly string[]): Promise<void> {
  const option = (name: string) => args[args.indexOf(name) + 1];
  const file = option('--file');
  const count = Number(option('--count'));
  if (!file || !Number.isSafeInteger(count)) throw new Error('workflow-crash-worker needs --file and --count');
  const events = new SqliteEventStore(file, { pollIntervalMs: 10 });
  const readStore = new SqliteReadStore(file);
  const executor = new CommandExecutor(events, systemClock);
  const runner = new ProjectionRunner(events, readStore, [workflowLane(remindAttendees, workflowSender(executor))], {
    batchSize: 7,
  });
  await runner.start();
  process.stdout.write('ready\n');
  for (let hearing = 0; hearing < count; hearing += 1) {
    const stream = `crash-case-${hearing % 25}`;
    const id = uuidFromName(`hearing-${hearing}`);
    await events.appendToStream(stream, [
      {
        id,
        type: 'HearingScheduled',
        data: { hearing },
        metadata: {
          actor: 'crash-test',
          correlationId: 'crash',
          causationId: id,
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
  }
  const head = await events.headPosition();
  if (!(await runner.waitForPosition([remindAttendees.name], head, 60_000)))
    throw new Error('the workflow did not catch up');
  await runner.stop();
  process.stdout.write('done\n');
  await readStore.close();
  await events.close();
}
