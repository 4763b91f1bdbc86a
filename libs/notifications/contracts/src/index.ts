export { emailLanguages, emailTemplates, listMailboxQuery, listOutboxQuery, mailboxMessageParams, outboxEntryParams } from './lib/emails';
export type { EmailLanguage, EmailTemplate, MailboxMessageView, OutboxEntryView } from './lib/emails';
