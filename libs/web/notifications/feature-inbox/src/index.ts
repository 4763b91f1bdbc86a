export { EmailPreferencesComponent } from './lib/email-preferences.component';
export { NotificationsPageComponent } from './lib/notifications-page.component';
export { notificationsRoutes } from './lib/notifications.routes';
