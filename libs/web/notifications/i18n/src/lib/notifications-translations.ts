import type { TranslationScope } from '@lexport/web-shared-i18n';

/** The notifications context's texts, keys read `notifications.<key>`: loaded (one chunk per language) with the first component that reads them. */
export const notificationsScope: TranslationScope = {
  scope: 'notifications',
  loader: { en: () => import('./en.json'), fr: () => import('./fr.json') },
};
