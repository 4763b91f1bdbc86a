export {
  emailCategories,
  emailLanguages,
  emailPreferencesRequest,
  emailTemplates,
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
  EmailTemplate,
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
