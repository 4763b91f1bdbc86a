import {
  afterAttempt,
  classifySmtpFailure,
  defaultDeliveryPolicy,
  isDue,
  retriedByOperator,
} from '@lexport/notifications-domain';
import type { DeliveryOutcome, DeliveryPolicy } from '@lexport/notifications-domain';
import { randomUUID } from 'node:crypto';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import type { MailTransport, TransportFailure } from './mail-transport';
import type { OutboxDocument } from './outbox';
import { outboxCollection } from './outbox';

export const senderLeaseCollection = 'email_sender_lease';
const senderLeaseId = 'sender';

interface SenderLease extends ReadModelDocument {
  readonly owner: string;
  readonly until: string;
}

export interface EmailSenderOptions {
  readonly from: string;
  /** Tells this sender from the others on the same store; one of them sends at a time. */
  readonly instanceId?: string;
  /** How long the sending lease lasts without renewal (it is renewed before every email). */
  readonly leaseMs?: number;
  readonly messageIdDomain: string;
  readonly policy?: DeliveryPolicy;
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  readonly now?: () => Date;
  readonly onError?: (message: string) => void;
}

/**
 * Sends what the outbox holds, oldest first. The entry is marked sent only after the server accepted the message:
 * a crash in between sends it again later, with the same Message-ID, so nothing is lost and a duplicate can be
 * recognised. Several portal processes on one store each run a sender, but only the holder of a lease (a document
 * taken in a read-store transaction, renewed before every email, released on stop) sends; another takes over when
 * it lapses.
 */
export class EmailSender {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private readonly policy: DeliveryPolicy;
  private readonly now: () => Date;
  private readonly instanceId: string;
  private prepared: Promise<void> | undefined;
  /** Until when this sender's lease runs, as it last wrote it. */
  private heldUntil = 0;

  constructor(
    private readonly readStore: ReadStore,
    private readonly transport: MailTransport,
    private readonly options: EmailSenderOptions,
  ) {
    this.policy = options.policy ?? defaultDeliveryPolicy;
    this.now = options.now ?? (() => new Date());
    this.instanceId = options.instanceId ?? randomUUID();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    if (this.prepared) await this.releaseLease();
  }

  /** Whether this sender holds the lease now (taking it when free or lapsed, renewing its own once half has run). */
  async holdLease(): Promise<boolean> {
    this.prepared ??= this.readStore.ensureCollection(senderLeaseCollection);
    await this.prepared;
    const now = this.now().getTime();
    const leaseMs = this.options.leaseMs ?? 60_000;
    // Nobody else may take an unexpired lease, so a write (a durable transaction) is only needed past half of it.
    if (this.heldUntil - now > leaseMs / 2) return true;
    const held = await this.readStore.transaction(async (writer) => {
      const lease = await writer.get<SenderLease>(senderLeaseCollection, senderLeaseId);
      if (lease && lease.owner !== this.instanceId && Date.parse(lease.until) > now) return false;
      await writer.upsert(senderLeaseCollection, {
        id: senderLeaseId,
        owner: this.instanceId,
        until: new Date(now + leaseMs).toISOString(),
      } satisfies SenderLease);
      return true;
    });
    this.heldUntil = held ? now + leaseMs : 0;
    return held;
  }

  private async releaseLease(): Promise<void> {
    this.heldUntil = 0;
    await this.readStore.transaction(async (writer) => {
      const lease = await writer.get<SenderLease>(senderLeaseCollection, senderLeaseId);
      if (lease?.owner === this.instanceId) await writer.delete(senderLeaseCollection, senderLeaseId);
    });
  }

  /** Sends every email that is due now, while it holds the lease; returns how many attempts it made. */
  async sendDue(): Promise<number> {
    let attempts = 0;
    for (;;) {
      const due = await this.readStore.find<OutboxDocument>(outboxCollection, {
        where: { status: 'pending', nextAttemptAt: { lte: this.now().toISOString() } },
        // Only entries still to send have a nextAttemptAt: walking that index stops after a batch, where sorting
        // every pending entry by creation cost more the longer the queue grew.
        sort: [{ field: 'nextAttemptAt' }, { field: 'createdAt' }],
        limit: this.options.batchSize ?? 20,
      });
      if (due.items.length === 0) return attempts;
      for (const entry of due.items) {
        if (!(await this.holdLease())) return attempts;
        // Another sender may have sent it between the query and the lease.
        const current = await this.readStore.get<OutboxDocument>(outboxCollection, entry.id);
        if (!current || !isDue(current, this.now())) continue;
        await this.attempt(current);
        attempts += 1;
      }
      if (due.items.length < (this.options.batchSize ?? 20)) return attempts;
    }
  }

  async retry(entryId: string): Promise<OutboxDocument | undefined> {
    return this.readStore.transaction(async (writer) => {
      const entry = await writer.get<OutboxDocument>(outboxCollection, entryId);
      if (!entry) return undefined;
      const next = { ...entry, ...retriedByOperator(entry, this.now()) } as OutboxDocument;
      await writer.upsert(outboxCollection, next);
      return next;
    });
  }

  private async attempt(entry: OutboxDocument): Promise<void> {
    let outcome: DeliveryOutcome;
    try {
      await this.transport.send({
        messageId: `<${entry.id}@${this.options.messageIdDomain}>`,
        from: this.options.from,
        to: entry.recipient,
        subject: entry.subject,
        html: entry.html,
        text: entry.text,
      });
      outcome = { kind: 'accepted' };
    } catch (error) {
      const failure = error as TransportFailure;
      const reason = failure.message ?? String(error);
      outcome = classifySmtpFailure(failure.responseCode, reason);
      this.options.onError?.(`Email ${entry.id} to ${entry.recipient}: ${outcome.kind} (${reason})`);
    }
    const state = afterAttempt(entry, outcome, this.now(), this.policy);
    await this.readStore.transaction((writer) =>
      writer.upsert(outboxCollection, { ...stripState(entry), ...state } as OutboxDocument),
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      try {
        await this.sendDue();
      } catch (error) {
        this.options.onError?.(`Email sender: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.options.pollIntervalMs ?? 500);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
}

/** Drops the fields of the previous state so that, say, a sent entry does not keep a stale nextAttemptAt. */
function stripState(
  entry: OutboxDocument,
): Omit<OutboxDocument, 'status' | 'attempts' | 'nextAttemptAt' | 'lastError' | 'sentAt' | 'failedAt'> {
  const {
    status: _status,
    attempts: _attempts,
    nextAttemptAt: _next,
    lastError: _error,
    sentAt: _sent,
    failedAt: _failed,
    ...rest
  } = entry as OutboxDocument & {
    nextAttemptAt?: string;
    lastError?: string;
    sentAt?: string;
    failedAt?: string;
  };
  return rest;
}
