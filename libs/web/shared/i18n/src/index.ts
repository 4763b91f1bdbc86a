export { BundledTranslations, LanguagePreference, languages, preferredLanguage, translations } from './lib/i18n';
export type { Language } from './lib/i18n';
export { provideTranslationScopes, TRANSLATION_SCOPES, TranslatedTitleStrategy, translationKeys } from './lib/scopes';
export type { TranslationScope } from './lib/scopes';
