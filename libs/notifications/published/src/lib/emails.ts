import * as z from 'zod';

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

/**
 * Emails come in categories a person may turn off (only those their roles receive are offered), except the mandatory ones (account and security: invitations,
 * confirmations, password and lock-out notices). Later contexts add their own categories here.
 */
export const emailCategories = [
  { id: 'account', mandatory: true, roles: ['client', 'staff', 'admin', 'operator'] },
  { id: 'administration', mandatory: false, roles: ['admin'] },
  /** Requests, matters and cases: confirmations to the client, new requests to the legal team. */
  { id: 'requests', mandatory: false, roles: ['client', 'staff', 'admin'] },
] as const;
export type EmailCategory = (typeof emailCategories)[number]['id'];
const optionalCategories = emailCategories.filter((category) => !category.mandatory).map((category) => category.id) as [
  EmailCategory,
  ...EmailCategory[],
];

export const emailPreferencesRequest = z
  .object({ emailsOff: z.array(z.enum(optionalCategories)).max(emailCategories.length) })
  .strict();
export type EmailPreferencesRequest = z.input<typeof emailPreferencesRequest>;

export interface EmailPreferencesView {
  readonly categories: readonly {
    readonly id: EmailCategory;
    readonly mandatory: boolean;
    readonly enabled: boolean;
  }[];
}

export interface NotificationView {
  readonly id: string;
  /** A kind some context contributes (identity: invitation-accepted, sign-up-awaiting-approval, …); the web client words it. */
  readonly kind: string;
  /** Values the text mentions (a name, an email address), already known to the reader. */
  readonly params: Readonly<Record<string, string>>;
  /** Where in the portal the notification leads, if anywhere. */
  readonly link: string | null;
  readonly createdAt: string;
  readonly read: boolean;
  readonly position: number;
}

export interface NotificationsPage {
  readonly items: readonly NotificationView[];
  readonly total: number;
  readonly unread: number;
  readonly limit: number;
  readonly offset: number;
}

export interface UnreadCountView {
  readonly unread: number;
}

export const listNotificationsQuery = z
  .object({
    unread: z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
    position: z.coerce.number().int().min(0).optional(),
  })
  .strict();

/** Either some notifications by id, or everything up to a position (what "mark all read" saw). */
export const markNotificationsReadRequest = z
  .object({
    notificationIds: z.array(z.string().min(1).max(64)).min(1).max(200).optional(),
    upToPosition: z.number().int().min(0).optional(),
  })
  .strict()
  .refine((body) => (body.notificationIds === undefined) !== (body.upToPosition === undefined), {
    message: 'Give either notificationIds or upToPosition',
    path: ['notificationIds'],
  });
export type MarkNotificationsReadRequest = z.input<typeof markNotificationsReadRequest>;
