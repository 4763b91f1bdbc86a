import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startSmtpServer, temporaryDirectory } from '@lexport/shared-testing';
import type { TestSmtpServer } from '@lexport/shared-testing';

const worker = join(__dirname, '../../../dist/apps/bench/main.js');

describe('email delivery under SIGKILL', () => {
  const directory = temporaryDirectory('lexport-email-crash-');
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startSmtpServer();
  });

  afterAll(async () => {
    await smtp.close();
    directory.remove();
  });

  function run(file: string, count: number, killAfterMs?: number): Promise<'killed' | 'done'> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          worker,
          'email-crash-worker',
          '--file',
          file,
          '--smtp',
          `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
          '--count',
          String(count),
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0 && output.includes('done')) resolve('done');
        else reject(new Error(`worker failed (${code}): ${output}`));
      });
    });
  }

  it('delivers every email at least once, a duplicate only with the same Message-ID, after kills at random points', async () => {
    const file = directory.file('emails.sqlite');
    const count = 120;
    let kills = 0;
    for (const delay of [350, 500, 420, 610, 380, 700]) {
      if ((await run(file, count, delay)) === 'killed') kills += 1;
    }
    expect(await run(file, count)).toBe('done');

    const expected = new Set(Array.from({ length: count }, (_, index) => `person${index}@client.test`));
    const received = smtp.received.map((mail) => ({
      messageId: mail.messageId ?? '',
      to: (mail.to as { text: string } | undefined)?.text ?? '',
    }));
    const byMessageId = new Map<string, string[]>();
    for (const mail of received) byMessageId.set(mail.messageId, [...(byMessageId.get(mail.messageId) ?? []), mail.to]);
    const delivered = new Set(received.map((mail) => mail.to));
    const missing = [...expected].filter((recipient) => !delivered.has(recipient));
    const duplicates = received.length - byMessageId.size;
    process.stdout.write(
      `email crash test: ${kills} kills, ${count} emails expected, ${byMessageId.size} distinct delivered, ${duplicates} resent with the same Message-ID\n`,
    );

    expect(kills).toBeGreaterThan(0);
    expect(missing).toEqual([]);
    expect(byMessageId.size).toBe(count);
    // A resend is the same email: same Message-ID, same recipient. At most one in flight per kill.
    for (const recipients of byMessageId.values()) expect(new Set(recipients).size).toBe(1);
    expect(duplicates).toBeLessThanOrEqual(kills);
  }, 120_000);
});
