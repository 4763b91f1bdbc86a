import type { Routes } from '@angular/router';
import { MailboxPageComponent } from './mailbox-page.component';

/** The development mailbox; the shell's guard opens it only where the session view says it exists. */
export const mailboxRoutes: Routes = [
  { path: '', title: 'notifications.titles.mailbox', component: MailboxPageComponent },
];
