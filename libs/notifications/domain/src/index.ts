export {
  afterAttempt,
  classifySmtpFailure,
  defaultDeliveryPolicy,
  isDue,
  mayRetry,
  queued,
  retriedByOperator,
  retryDelayMs,
} from './lib/delivery';
export type { DeliveryOutcome, DeliveryPolicy, OutboxEntryState } from './lib/delivery';
export {
  emailPreferencesDecider,
  emailPreferencesStreamName,
  mandatoryEmailCategories,
  mandatoryEmailsStayOn,
  wantsEmail,
} from './lib/preferences';
export type { EmailPreferencesCommand, EmailPreferencesEvent, EmailPreferencesState } from './lib/preferences';
export { inboxDecider, inboxStreamName, somethingMustBeMarked, userIdOfInboxStream } from './lib/inbox';
export type { InboxCommand, InboxEvent, InboxState } from './lib/inbox';
