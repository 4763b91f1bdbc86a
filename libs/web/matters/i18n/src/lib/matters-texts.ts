import type { Translation } from '@jsverse/transloco';
import type { Language } from '@lexport/web-shared-i18n';
import en from './en.json';
import fr from './fr.json';

/** The same texts, at hand for specs (`'matters/en': mattersTexts.en`) so that they read what users read. */
export const mattersTexts: Record<Language, Translation> = { en, fr };
