export {
  emailCategories,
  emailLanguages,
  emailPreferencesRequest,
  listMailboxQuery,
  listNotificationsQuery,
  listOutboxQuery,
  mailboxMessageParams,
  markNotificationsReadRequest,
  notificationKinds,
  outboxEntryParams,
} from './lib/emails';
export type {
  EmailCategory,
  EmailLanguage,
  EmailPreferencesRequest,
  EmailPreferencesView,
  MailboxMessageView,
  MarkNotificationsReadRequest,
  NotificationKind,
  NotificationsPage,
  NotificationView,
  OutboxEntryView,
  UnreadCountView,
} from './lib/emails';
export { notificationsProblemCodes } from './lib/problems';
export type { NotificationsProblemCode } from './lib/problems';
export { notificationsEventTypes } from './lib/events';
export type { NotificationsEvent } from './lib/events';
export { emailRuleOn } from './lib/contributions';
export type { EmailContribution, EmailRecipient, EmailRule, EmailTemplate, EmailTexts, Envelope, PeopleDirectory, PublishedEventEnvelope } from './lib/contributions';
