export { BundledTranslations, LanguagePreference, languages, preferredLanguage, translations } from './lib/i18n';
export type { Language } from './lib/i18n';
