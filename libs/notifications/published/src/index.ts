export {
  emailCategories,
  emailLanguages,
  emailPreferencesRequest,
  listMailboxQuery,
  listNotificationsQuery,
  listOutboxQuery,
  mailboxMessageParams,
  markNotificationsReadRequest,
  outboxEntryParams,
} from './lib/emails';
export type {
  EmailCategory,
  EmailLanguage,
  EmailPreferencesRequest,
  EmailPreferencesView,
  MailboxMessageView,
  MarkNotificationsReadRequest,
  NotificationsPage,
  NotificationView,
  OutboxEntryView,
  UnreadCountView,
} from './lib/emails';
export { notificationsProblemCodes } from './lib/problems';
export type { NotificationsProblemCode } from './lib/problems';
export { notificationsEventTypes } from './lib/events';
export type { NotificationsEvent } from './lib/events';
export { emailRuleOn, inAppRuleOn, isMultiline, multiline } from './lib/contributions';
export type {
  EmailContribution,
  EmailRecipient,
  EmailRule,
  EmailTemplate,
  EmailTexts,
  Envelope,
  InAppContribution,
  InAppNotice,
  InAppRule,
  NoticeDirectory,
  PeopleDirectory,
  PublishedEventEnvelope,
  MultilineText,
} from './lib/contributions';
