export { NotificationTextPipe } from './lib/notification-text.pipe';
