import { createHash } from 'node:crypto';
import type { OutboxEntryState } from '@lexport/notifications-domain';
import type { PeopleDirectory } from '@lexport/notifications-published';
import { queued } from '@lexport/notifications-domain';
import type { Projection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { EmailRenderer } from '../templates/email-renderer';
import type { EmailRules } from './email-rules';

export const outboxCollection = 'email_outbox';

export type OutboxDocument = ReadModelDocument &
  OutboxEntryState & {
    readonly id: string;
    readonly sourceEventId: string;
    readonly template: string;
    readonly recipient: string;
    readonly language: string;
    readonly subject: string;
    readonly html: string;
    readonly text: string;
    readonly createdAt: string;
  };

/**
 * The outbox key: one email per (source event, recipient, template). It is also the Message-ID's local part, so a
 * resend after a crash carries the same Message-ID and receivers can discard it.
 */
export function outboxEntryId(sourceEventId: string, recipient: string, template: string): string {
  const hash = createHash('sha256').update(`${sourceEventId}\n${recipient.toLowerCase()}\n${template}`).digest('hex');
  return `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-${((Number.parseInt(hash.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${hash.slice(18, 20)}-${hash.slice(20, 32)}`;
}

/**
 * Turns events into queued emails, rendered once, in the same transaction as its checkpoint. A reactor: it never
 * replays, so a rebuild can never send anything again, and an event it has seen never queues a second copy.
 */
export function emailOutboxReactor(
  rules: EmailRules,
  renderer: EmailRenderer,
  now: () => Date,
  wantsEmail: (userId: string, category: string) => Promise<boolean> = async () => true,
  people: PeopleDirectory = { admins: async () => [], person: async () => undefined },
): Projection {
  return {
    name: 'email_outbox',
    version: 1,
    replay: 'never',
    collections: {
      [outboxCollection]: { indexes: ['status', 'nextAttemptAt', 'createdAt', 'recipient'], textFields: ['recipient'] },
    },
    get eventTypes() {
      return rules.eventTypes;
    },
    async apply(event, writer) {
      for (const rule of rules.for(event.type)) {
        for (const recipient of await rule.recipients(event, people)) {
          const id = outboxEntryId(event.id, recipient.email, rule.template);
          if (await writer.get(outboxCollection, id)) continue;
          if (recipient.userId && !(await wantsEmail(recipient.userId, rule.category))) continue;
          const rendered = renderer.render(rule.template, recipient.language, rule.data(event, recipient));
          const createdAt = now();
          const entry: OutboxDocument = {
            id,
            sourceEventId: event.id,
            template: rule.template,
            recipient: recipient.email,
            language: recipient.language,
            ...rendered,
            ...queued(createdAt),
            createdAt: createdAt.toISOString(),
          };
          await writer.upsert(outboxCollection, entry);
        }
      }
    },
  };
}
