export { notificationsScope } from './lib/notifications-translations';
export { notificationsTexts } from './lib/notifications-texts';
