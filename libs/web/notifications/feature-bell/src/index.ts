export { NotificationBellComponent } from './lib/notification-bell.component';
export { NotificationsStore } from './lib/notifications-store';
export { NotificationTextPipe } from './lib/notification-text.pipe';
