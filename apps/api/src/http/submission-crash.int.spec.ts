import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { uuidFromName } from '@lexport/shared-platform';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import {
  builtPortal,
  callPortal as call,
  freePort,
  kill,
  portalWentAway,
  signInTo,
  startPortal,
  temporaryDirectory,
} from '@lexport/shared-testing';
import type { Portal, Session } from '@lexport/shared-testing';

const password = 'lantern-harbour-violet-2026';
const clients = ['claire@acme.demo', 'hana@globex.demo'] as const;
const employmentQuestion = uuidFromName('demo-data/request-type/employment-question');

interface Submission {
  readonly index: number;
  readonly client: (typeof clients)[number];
  readonly key: string;
  readonly file: Buffer;
  attachmentId?: string;
  acknowledged?: { readonly id: string; readonly reference: string };
}

const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readEvents(file: string): Promise<Array<{ type: string; streamName: string; data: unknown }>> {
  const store = new SqliteEventStore(file);
  try {
    const events: Array<{ type: string; streamName: string; data: unknown }> = [];
    for (let after = 0; ;) {
      const page = await store.readAll({ after, maxCount: 5000 });
      if (page.length === 0) return events;
      events.push(...page);
      after = page[page.length - 1]?.position ?? after;
    }
  } finally {
    await store.close();
  }
}

/**
 * A submission uploads a file, then appends its request; a workflow then opens the matter, and the outbox emails the
 * requester. The portal is killed with SIGKILL while submissions stream in, restarted, and every unanswered step is
 * retried (an upload anew, a submission with its Idempotency-Key).
 */
describe('submissions with uploads under SIGKILL, retried after restart', () => {
  const directory = temporaryDirectory('lexport-submission-crash-');
  afterAll(() => directory.remove());

  it('ends with one matter per acknowledged submission, whole files, no orphan matter and one email each', async () => {
    expect(existsSync(builtPortal)).toBe(true);
    const port = await freePort();
    const submissions: Submission[] = Array.from({ length: 120 }, (_, index) => ({
      index,
      client: clients[index % clients.length] ?? clients[0],
      key: `crash-submit-${index}-${Date.now()}`,
      file: Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(48 * 1024), Buffer.from('\n%%EOF\n')]),
    }));
    let kills = 0;
    let interrupted = 0;
    for (let round = 0; round < 12 && submissions.some((submission) => !submission.acknowledged); round += 1) {
      const portal = await startPortal(directory.path, port);
      const sessions = new Map<string, Session>();
      for (const client of clients) sessions.set(client, await signInTo(portal, { email: client, password }));
      const killTimer =
        round >= 8
          ? undefined
          : setTimeout(() => void kill(portal).then(() => (kills += 1)), 30 + ((round * 7919) % 200));
      const pending = submissions.filter((submission) => !submission.acknowledged);
      for (let start = 0; start < pending.length; start += 8) {
        await Promise.all(
          pending.slice(start, start + 8).map(async (submission) => {
            const session = sessions.get(submission.client) as Session;
            try {
              await step(portal, session, submission);
            } catch (error) {
              if (!portalWentAway(error)) throw error;
              interrupted += 1;
            }
          }),
        );
      }
      clearTimeout(killTimer);
      await kill(portal);
    }

    const portal = await startPortal(directory.path, port);
    const acknowledged = submissions.filter((submission) => submission.acknowledged);
    try {
      const staff = await signInTo(portal, { email: 'paul.legal@lexport.demo', password });
      const admin = await signInTo(portal, { email: 'admin@lexport.demo', password });
      const broken: string[] = [];
      for (const submission of acknowledged) {
        const { id, reference } = submission.acknowledged ?? { id: '', reference: '' };
        let matter: Response | undefined;
        for (let wait = 0; wait < 100; wait += 1) {
          matter = await call(portal, staff, 'GET', `/api/matters/${id}`);
          if (matter.status === 200) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        const view = (await matter?.json()) as { reference?: string; attachments?: Array<{ attachmentId: string }> };
        if (view.reference !== reference) broken.push(`${reference}: matter answered ${matter?.status}`);
        const file = await call(portal, staff, 'GET', `/api/matters/${id}/attachments/${submission.attachmentId}`);
        const bytes = new Uint8Array(await file.arrayBuffer());
        if (file.status !== 200 || sha256(bytes) !== sha256(submission.file))
          broken.push(`${reference}: file ${file.status}, ${bytes.length} bytes`);
      }
      const emails = new Map<string, number>();
      for (let wait = 0; wait < 200; wait += 1) {
        emails.clear();
        for (const client of clients) {
          const listed = await call(
            portal,
            admin,
            'GET',
            `/api/dev/mailbox?to=${encodeURIComponent(client)}&limit=200`,
          );
          for (const message of ((await listed.json()) as { items: Array<{ subject: string }> }).items) {
            const reference = /[MC]-\d{4}-\d{5}/.exec(message.subject)?.[0];
            if (reference) emails.set(reference, (emails.get(reference) ?? 0) + 1);
          }
        }
        if (acknowledged.every((submission) => emails.has(submission.acknowledged?.reference ?? ''))) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const notOneEmail = acknowledged
        .map((submission) => submission.acknowledged?.reference ?? '')
        .filter((reference) => emails.get(reference) !== 1);
      process.stdout.write(
        `submission crash test: ${kills} kills, ${interrupted} requests failed while the portal was down, ${acknowledged.length} submissions acknowledged, ${broken.length} broken, ${notOneEmail.length} without exactly one email\n`,
      );
      expect(kills).toBeGreaterThanOrEqual(4);
      expect(acknowledged).toHaveLength(submissions.length);
      expect(broken).toEqual([]);
      expect(notOneEmail).toEqual([]);
    } finally {
      await kill(portal);
    }

    const events = await readEvents(join(directory.path, 'lexport.sqlite'));
    const submitted = events.filter((event) => event.type === 'RequestSubmitted');
    const opened = events.filter((event) => event.type === 'MatterOpened');
    const submittedIds = submitted.map((event) => (event.data as { requestId: string }).requestId);
    const openedIds = opened.map((event) => (event.data as { matterId: string }).matterId);
    const crashIds = new Set(acknowledged.map((submission) => submission.acknowledged?.id));
    // The demo requests are there too; this test's are exactly the acknowledged ones, each once, each opened once.
    expect(submittedIds.filter((id) => crashIds.has(id)).sort()).toEqual([...crashIds].sort());
    expect(new Set(submittedIds).size).toBe(submittedIds.length);
    expect(openedIds.sort()).toEqual([...submittedIds].sort());
    const references = submitted.map((event) => (event.data as { reference: string }).reference);
    expect(new Set(references).size).toBe(references.length);
  }, 600_000);
});

/** The next unanswered step of a submission: its upload, then the submission itself. */
async function step(portal: Portal, session: Session, submission: Submission): Promise<void> {
  if (!submission.attachmentId) {
    const uploaded = await call(portal, session, 'POST', '/api/attachments', submission.file, {
      'x-file-name': encodeURIComponent(`pièce ${submission.index}.pdf`),
    });
    if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`);
    submission.attachmentId = ((await uploaded.json()) as { attachmentId: string }).attachmentId;
  }
  const response = await call(
    portal,
    session,
    'POST',
    '/api/requests/submissions',
    {
      requestTypeId: employmentQuestion,
      formVersion: 1,
      answers: {
        subject: `Crash question ${submission.index}`,
        topics: ['leave'],
        question: 'Does a crash lose my request?',
        documents: [{ attachmentId: submission.attachmentId }],
      },
    },
    { 'idempotency-key': submission.key },
  );
  const body = (await response.json()) as { id: string; reference: string };
  if (response.status !== 201) throw new Error(`submission answered ${response.status}: ${JSON.stringify(body)}`);
  submission.acknowledged = { id: body.id, reference: body.reference };
}
