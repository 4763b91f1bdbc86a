import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import { temporaryDirectory } from '@lexport/shared-testing';

const worker = join(__dirname, '../../../dist/apps/bench/main.js');

function run(file: string, count: number, killAfterMs?: number): Promise<'killed' | 'done'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, 'workflow-crash-worker', '--file', file, '--count', String(count)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (killAfterMs !== undefined && !timer && output.includes('ready'))
        timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0 && output.includes('done')) resolve('done');
      else reject(new Error(`worker failed (${code}): ${output}`));
    });
  });
}

describe('a workflow under SIGKILL', () => {
  const directory = temporaryDirectory('lexport-workflow-crash-');
  afterAll(() => directory.remove());

  it('sends each command exactly once, however often the lane is killed between sending and its checkpoint', async () => {
    const file = directory.file('workflow.sqlite');
    const count = 3000;
    let kills = 0;
    for (const delay of [120, 260, 90, 340, 180, 220]) {
      if ((await run(file, count, delay)) === 'killed') kills += 1;
    }
    expect(await run(file, count)).toBe('done');

    const events = new SqliteEventStore(file);
    try {
      const everything: RecordedEvent[] = [];
      for (let after = 0; ;) {
        const page = await events.readAll({ after, maxCount: 5000 });
        if (page.length === 0) break;
        everything.push(...page);
        after = page[page.length - 1]?.position ?? after;
      }
      const reminders = everything
        .filter((event) => event.type === 'ReminderQueued')
        .map((event) => (event.data as { hearing: number }).hearing);
      const perHearing = new Map<number, number>();
      for (const hearing of reminders) perHearing.set(hearing, (perHearing.get(hearing) ?? 0) + 1);
      const missing = Array.from({ length: count }, (_, hearing) => hearing).filter(
        (hearing) => !perHearing.has(hearing),
      );
      const twice = [...perHearing].filter(([, times]) => times > 1).map(([hearing]) => hearing);
      process.stdout.write(
        `workflow crash test: ${kills} kills, ${count} hearings, ${reminders.length} reminders, ${missing.length} missing, ${twice.length} sent twice\n`,
      );
      expect(kills).toBeGreaterThanOrEqual(4);
      expect(missing).toEqual([]);
      expect(twice).toEqual([]);
    } finally {
      await events.close();
    }
  }, 180_000);
});
