import type { TranslationScope } from '@lexport/web-shared-i18n';

/** The identity context's texts, keys read `identity.<key>`: loaded (one chunk per language) with the first component that reads them. */
export const identityScope: TranslationScope = {
  scope: 'identity',
  loader: { en: () => import('./en.json'), fr: () => import('./fr.json') },
};
