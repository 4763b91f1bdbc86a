import { randomUUID } from 'node:crypto';
import {
  EmailRenderer,
  EmailRules,
  EmailSender,
  emailOutboxReactor,
  outboxCollection,
  SmtpTransport,
} from '@lexport/notifications-module';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';

/**
 * Queues and sends `--count` invitation emails through the real outbox, reactor and SMTP transport, while the
 * crash test kills it with SIGKILL. Each run appends only the invitations still missing, then sends until every
 * outbox entry is sent, prints "done" and exits.
 */
export async function runEmailCrashWorker(args: readonly string[]): Promise<void> {
  const option = (name: string) => args[args.indexOf(name) + 1];
  const file = option('--file');
  const smtpUrl = option('--smtp');
  const count = Number(option('--count'));
  if (!file || !smtpUrl || !Number.isSafeInteger(count))
    throw new Error('email-crash-worker needs --file, --smtp and --count');

  const events = new SqliteEventStore(file, { pollIntervalMs: 10 });
  const readStore = new SqliteReadStore(file);
  const rules = new EmailRules().add({
    eventType: 'NoticeRequested',
    template: 'invitation',
    category: 'account',
    recipients: (event: RecordedEvent) => [{ email: (event.data as { email: string }).email, language: 'en' }],
    data: (event: RecordedEvent) => ({
      recipientName: (event.data as { email: string }).email,
      inviterName: 'Crash test',
      acceptUrl: `http://portal.test/invitations/${event.id}`,
      expiresAt: 'tomorrow',
    }),
  });
  const notice = {
    subject: 'Invitation for {{recipientName}}',
    html: '<p>{{inviterName}} invites you: <a href="{{acceptUrl}}">accept</a> before {{expiresAt}}</p>',
    text: '{{inviterName}} invites you: {{acceptUrl}} (before {{expiresAt}})',
  };
  const renderer = new EmailRenderer('Lexport', { invitation: { en: notice, fr: notice } });
  const runner = new ProjectionRunner(events, readStore, [emailOutboxReactor(rules, renderer, () => new Date())], {
    batchSize: 7,
  });
  await runner.start();
  const sender = new EmailSender(readStore, new SmtpTransport(smtpUrl), {
    from: 'portal@lexport.test',
    messageIdDomain: 'lexport.test',
    instanceId: 'crash-worker',
    pollIntervalMs: 5,
    batchSize: 5,
  });
  sender.start();

  const existing = (await events.readStream('crash-notices-1')).length;
  for (let index = existing; index < count; index += 1) {
    await events.appendToStream('crash-notices-1', [
      {
        id: randomUUID(),
        type: 'NoticeRequested',
        data: { email: `person${index}@client.test` },
        metadata: {
          actor: 'crash-test',
          correlationId: 'crash',
          causationId: randomUUID(),
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
  }
  process.stdout.write('appended\n');
  for (;;) {
    const sent = (await readStore.find(outboxCollection, { where: { status: 'sent' }, limit: 0 })).total;
    if (sent >= count) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await sender.stop();
  await runner.stop();
  process.stdout.write('done\n');
  process.exit(0);
}
