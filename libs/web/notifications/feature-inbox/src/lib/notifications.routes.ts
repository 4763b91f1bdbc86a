import type { Routes } from '@angular/router';
import { NotificationsPageComponent } from './notifications-page.component';

/** One's notifications; the shell lets only signed-in people in. */
export const notificationsRoutes: Routes = [
  { path: '', title: 'notifications.titles.inbox', component: NotificationsPageComponent },
];
