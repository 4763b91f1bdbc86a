import { randomUUID } from 'node:crypto';
import { ManualClock } from '@lexport/shared-ddd';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import type { NewEvent, RecordedEvent } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import { SqliteReadStore } from '@lexport/shared-readstore';
import { startSmtpServer, temporaryDirectory } from '@lexport/shared-testing';
import type { TestSmtpServer } from '@lexport/shared-testing';
import { EmailRenderer } from '../templates/email-renderer';
import { EmailRules } from './email-rules';
import { EmailSender } from './email-sender';
import { MailboxTransport, mailboxCollection, SmtpTransport } from './mail-transport';
import type { OutboxDocument } from './outbox';
import { emailOutboxReactor, outboxCollection } from './outbox';

const invitedRule = {
  eventType: 'MemberInvited',
  template: 'invitation' as const,
  category: 'account' as const,
  recipients: (event: RecordedEvent) => {
    const data = event.data as { email: string; language: string };
    return [{ email: data.email, language: data.language }];
  },
  data: (event: RecordedEvent) => {
    const data = event.data as { name: string; token: string };
    return {
      recipientName: data.name,
      inviterName: 'Maître Martin',
      acceptUrl: `http://portal.test/invitations/${data.token}`,
      expiresAt: '30 November 2026',
    };
  },
};

/** A contributed template, in both languages, of the shape identity's invitation has. */
const invitation = {
  en: {
    subject: '{{inviterName}} invites you to the {{firmName}} client portal',
    html: '<p>Hello {{recipientName}},</p>{{> button url=acceptUrl label="Create my password" linkHint=linkHint}}<p>It expires on {{expiresAt}}.</p>',
    text: 'Hello {{recipientName}},\n\nCreate your password: {{acceptUrl}}\n\nIt expires on {{expiresAt}}.',
  },
  fr: {
    subject: '{{inviterName}} vous invite sur le portail client de {{firmName}}',
    html: '<p>Bonjour {{recipientName}},</p>{{> button url=acceptUrl label="Créer mon mot de passe" linkHint=linkHint}}<p>Elle expire le {{expiresAt}}.</p>',
    text: 'Bonjour {{recipientName}},\n\nCréez votre mot de passe : {{acceptUrl}}\n\nElle expire le {{expiresAt}}.',
  },
};

function invited(email: string, name = 'Claire', language = 'en'): NewEvent {
  return {
    id: randomUUID(),
    type: 'MemberInvited',
    data: { email, name, language, token: randomUUID() },
    metadata: {
      actor: 'admin-1',
      correlationId: 'c',
      causationId: randomUUID(),
      occurredAt: '2026-11-27T10:00:00.000Z',
      schemaVersion: 1,
    },
  };
}

describe('email outbox', () => {
  const directory = temporaryDirectory('lexport-outbox-');
  const clock = new ManualClock('2026-11-27T10:00:00.000Z');
  const greylisted = new Set<string>();
  let smtp: TestSmtpServer;
  let events: SqliteEventStore;
  let readStore: SqliteReadStore;
  let runner: ProjectionRunner;
  let sender: EmailSender;
  const reactor = emailOutboxReactor(
    new EmailRules().add(invitedRule),
    new EmailRenderer('Martin & Associés', { invitation }),
    () => clock.now(),
  );

  beforeAll(async () => {
    smtp = await startSmtpServer((recipient) => {
      if (recipient.startsWith('nobody@')) return { code: 550, message: 'No such user here' };
      if (greylisted.delete(recipient)) return { code: 451, message: 'Greylisted, try again later' };
      return undefined;
    });
    const file = directory.file('outbox.sqlite');
    events = new SqliteEventStore(file, { pollIntervalMs: 20 });
    readStore = new SqliteReadStore(file);
    runner = new ProjectionRunner(events, readStore, [reactor]);
    await runner.start();
    sender = new EmailSender(readStore, new SmtpTransport(`smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`), {
      from: 'Martin & Associés <portal@martin.test>',
      messageIdDomain: 'lexport.test',
      instanceId: 'outbox-test',
      now: () => clock.now(),
      policy: { maxAttempts: 3, firstRetryDelayMs: 60_000, maxRetryDelayMs: 600_000 },
    });
  });

  afterAll(async () => {
    await runner.stop();
    await readStore.close();
    await events.close();
    await smtp.close();
    directory.remove();
  });

  async function queue(event: NewEvent): Promise<OutboxDocument[]> {
    const { position } = await events.appendToStream(`identity-user-${randomUUID()}`, [event]);
    expect(await runner.waitForPosition([reactor.name], position, 5000)).toBe(true);
    return (await readStore.find<OutboxDocument>(outboxCollection, { where: { sourceEventId: event.id } })).items;
  }

  it('sends a queued email over SMTP with both parts, the link, and a Message-ID derived from event, recipient and template', async () => {
    const [entry] = await queue(invited('claire@client.test', 'Claire Dupont', 'fr'));
    expect(entry?.status).toBe('pending');
    expect(await sender.sendDue()).toBe(1);
    const mail = smtp.received.find((message) => message.messageId === `<${entry?.id}@lexport.test>`);
    expect(mail?.subject).toBe('Maître Martin vous invite sur le portail client de Martin & Associés');
    expect((mail?.to as { text: string } | undefined)?.text).toBe('claire@client.test');
    expect(mail?.from?.text).toBe('"Martin & Associés" <portal@martin.test>');
    expect(mail?.text).toContain('http://portal.test/invitations/');
    expect(mail?.html).toContain('Créer mon mot de passe');
    expect((await readStore.get<OutboxDocument>(outboxCollection, entry?.id ?? ''))?.status).toBe('sent');
  });

  it('queues one email however often the same event is applied', async () => {
    const event = invited('twice@client.test');
    const [entry] = await queue(event);
    const recorded = (await events.readAll({ after: 0, maxCount: 1000 })).find(
      (candidate) => candidate.id === event.id,
    ) as RecordedEvent;
    await readStore.transaction((writer) => reactor.apply(recorded, writer));
    await readStore.transaction((writer) => reactor.apply(recorded, writer));
    expect((await readStore.find(outboxCollection, { where: { recipient: 'twice@client.test' } })).total).toBe(1);
    await sender.sendDue();
    await sender.sendDue();
    expect(smtp.received.filter((message) => message.messageId === `<${entry?.id}@lexport.test>`)).toHaveLength(1);
  });

  it('retries a temporary refusal later and then delivers', async () => {
    greylisted.add('grey@client.test');
    const [entry] = await queue(invited('grey@client.test'));
    await sender.sendDue();
    const waiting = await readStore.get<OutboxDocument & { nextAttemptAt: string; lastError: string }>(
      outboxCollection,
      entry?.id ?? '',
    );
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting?.lastError).toMatch(/451/);
    expect(await sender.sendDue()).toBe(0);
    clock.advance(60_000);
    expect(await sender.sendDue()).toBe(1);
    expect(await readStore.get<OutboxDocument>(outboxCollection, entry?.id ?? '')).toMatchObject({
      status: 'sent',
      attempts: 2,
    });
    expect(smtp.received.filter((message) => message.messageId === `<${entry?.id}@lexport.test>`)).toHaveLength(1);
  });

  it('marks a permanent refusal as failed for operators, who can queue it again', async () => {
    const [entry] = await queue(invited('nobody@client.test'));
    await sender.sendDue();
    const failed = await readStore.get<OutboxDocument & { lastError: string }>(outboxCollection, entry?.id ?? '');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed?.lastError).toMatch(/550/);
    expect((await readStore.find(outboxCollection, { where: { status: 'failed' } })).total).toBe(1);
    expect(await sender.retry(entry?.id ?? '')).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('keeps emails in the development mailbox when no SMTP server is configured', async () => {
    const mailbox = new EmailSender(readStore, new MailboxTransport(readStore, () => clock.now()), {
      from: 'portal@martin.test',
      messageIdDomain: 'lexport.test',
      instanceId: 'outbox-test',
      now: () => clock.now(),
    });
    const [entry] = await queue(invited('mailbox@client.test', 'Bob'));
    await mailbox.sendDue();
    const message = await readStore.get<{ id: string; to: string; subject: string; text: string; messageId: string }>(
      mailboxCollection,
      entry?.id ?? '',
    );
    expect(message).toMatchObject({ to: 'mailbox@client.test', messageId: `<${entry?.id}@lexport.test>` });
    expect(message?.text).toContain('http://portal.test/invitations/');
  });

  it('lets one of several senders on a store send at a time; another takes over when it stops or its lease lapses', async () => {
    const sentBy: Record<string, number> = { first: 0, second: 0 };
    const counting = (name: string) => {
      const smtpTransport = new SmtpTransport(`smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`);
      return {
        kind: 'smtp' as const,
        send: async (email: Parameters<SmtpTransport['send']>[0]) => {
          await smtpTransport.send(email);
          sentBy[name] = (sentBy[name] ?? 0) + 1;
        },
        close: () => smtpTransport.close(),
      };
    };
    // The sender of the tests above still holds the lease; stopping hands it back.
    await sender.stop();
    const senderNamed = (name: string) =>
      new EmailSender(readStore, counting(name), {
        from: 'portal@martin.test',
        messageIdDomain: 'lexport.test',
        instanceId: name,
        leaseMs: 30_000,
        now: () => clock.now(),
        pollIntervalMs: 5,
      });
    const first = senderNamed('first');
    const second = senderNamed('second');
    const batch = await Promise.all(
      Array.from({ length: 12 }, (_, index) => queue(invited(`lease-${index}@client.test`))),
    );
    first.start();
    second.start();
    const sentOnce = async (entries: OutboxDocument[][]) => {
      for (let attempt = 0; attempt < 400; attempt += 1) {
        const ids = entries.flat().map((entry) => `<${entry.id}@lexport.test>`);
        const received = smtp.received.filter((message) => ids.includes(message.messageId ?? ''));
        if (received.length >= ids.length) return received.length;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('not all sent');
    };
    expect(await sentOnce(batch)).toBe(12);
    expect([sentBy['first'], sentBy['second']].sort()).toEqual([0, 12]);

    // The holder stops (and releases): the other sends the next ones.
    const holder = sentBy['first'] ? first : second;
    const other = holder === first ? 'second' : 'first';
    await holder.stop();
    const later = await Promise.all(
      Array.from({ length: 3 }, (_, index) => queue(invited(`later-${index}@client.test`))),
    );
    expect(await sentOnce(later)).toBe(3);
    expect(sentBy[other]).toBe(3);
    await (holder === first ? second : first).stop();

    // A sender that died holding the lease blocks the others only until it lapses.
    const crashed = senderNamed('crashed');
    expect(await crashed.holdLease()).toBe(true);
    const survivor = senderNamed('survivor');
    expect(await survivor.holdLease()).toBe(false);
    clock.advance(30_001);
    expect(await survivor.holdLease()).toBe(true);
    expect(await crashed.holdLease()).toBe(false);
  });
});
