import type { TranslationScope } from '@lexport/web-shared-i18n';

/** The requests context's texts, keys read `requests.<key>`: loaded (one chunk per language) with the first component that reads them. */
export const requestsScope: TranslationScope = {
  scope: 'requests',
  loader: { en: () => import('./en.json'), fr: () => import('./fr.json') },
};
