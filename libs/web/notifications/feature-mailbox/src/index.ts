export { MailboxPageComponent } from './lib/mailbox-page.component';
export { mailboxRoutes } from './lib/mailbox.routes';
