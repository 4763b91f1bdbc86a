import { z } from 'zod';

/** The emails Lexport sends; each exists in every supported language. */
export const emailTemplates = ['invitation', 'email-verification', 'password-reset', 'password-changed', 'account-locked'] as const;
export type EmailTemplate = (typeof emailTemplates)[number];

export const emailLanguages = ['en', 'fr'] as const;
export type EmailLanguage = (typeof emailLanguages)[number];

export interface OutboxEntryView {
  readonly id: string;
  readonly template: string;
  readonly recipient: string;
  readonly subject: string;
  readonly status: 'pending' | 'sent' | 'failed';
  readonly attempts: number;
  readonly createdAt: string;
  readonly nextAttemptAt?: string;
  readonly sentAt?: string;
  readonly failedAt?: string;
  readonly lastError?: string;
  readonly sourceEventId: string;
}

export interface MailboxMessageView {
  readonly id: string;
  readonly messageId: string;
  readonly to: string;
  readonly from: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly receivedAt: string;
}

export const listOutboxQuery = z
  .object({
    status: z.enum(['pending', 'sent', 'failed']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const listMailboxQuery = z
  .object({
    to: z.string().trim().max(320).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

export const outboxEntryParams = z.object({ entryId: z.uuid() }).strict();
export const mailboxMessageParams = z.object({ messageId: z.uuid() }).strict();
