export { MailboxPageComponent } from './lib/mailbox-page.component';
