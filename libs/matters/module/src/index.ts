export { MattersModule } from './lib/matters.module';
export { mattersEmails } from './lib/notifications/matters-emails';
export { mattersInAppNotices } from './lib/notifications/matters-in-app-notices';
