export { RequestsModule } from './lib/requests.module';
export { RequestsDemoData } from './lib/demo-data/requests-demo-data';
export { categoryNameStreamName } from './lib/category-names/category-names';
export { requestsEmails } from './lib/notifications/requests-emails';
export { requestsInAppNotices } from './lib/notifications/requests-in-app-notices';
