export { NotificationBellComponent } from './lib/notification-bell.component';
