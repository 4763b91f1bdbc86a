import type { TranslationScope } from '@lexport/web-shared-i18n';

/** The matters context's texts, keys read `matters.<key>`: loaded (one chunk per language) with the first component that reads them. */
export const mattersScope: TranslationScope = {
  scope: 'matters',
  loader: { en: () => import('./en.json'), fr: () => import('./fr.json') },
};
