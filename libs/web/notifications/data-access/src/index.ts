export { MailboxApi, NotificationsApi } from './lib/notifications-api';
export { notificationsProblemKey } from './lib/notifications-problems';
export { NotificationsStore } from './lib/notifications-store';
