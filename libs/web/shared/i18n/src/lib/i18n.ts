import { DOCUMENT } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import type { Translation, TranslocoLoader } from '@jsverse/transloco';
import { TranslocoService } from '@jsverse/transloco';
import { of } from 'rxjs';
import type { Observable } from 'rxjs';
import en from './en.json';
import fr from './fr.json';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/**
 * The shell's texts (toolbar, menu, shared errors, titles), bundled; each context's texts are a scope loaded with its
 * pages (see scopes.ts). Tests use them too so that they read what users read.
 */
export const translations: Record<Language, Translation> = { en, fr };
const storageKey = 'lexport.language';

/** The shell's translations ship inside the bundle: no request, no flash of untranslated keys, works offline. */
@Injectable({ providedIn: 'root' })
export class BundledTranslations implements TranslocoLoader {
  getTranslation(language: string): Observable<Translation> {
    return of(translations[language as Language] ?? en);
  }
}

export function preferredLanguage(stored: string | null, browser: readonly string[]): Language {
  if (stored && (languages as readonly string[]).includes(stored)) return stored as Language;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((languages as readonly string[]).includes(primary ?? '')) return primary as Language;
  }
  return 'en';
}

/** Chooses the language at start-up, remembers the user's choice and keeps `<html lang>` true for screen readers. */
@Injectable({ providedIn: 'root' })
export class LanguagePreference {
  private readonly transloco = inject(TranslocoService);
  private readonly document = inject(DOCUMENT);

  start(): void {
    const storage = this.document.defaultView?.localStorage;
    const navigatorLanguages = this.document.defaultView?.navigator.languages ?? [];
    this.use(preferredLanguage(storage?.getItem(storageKey) ?? null, navigatorLanguages), false);
  }

  use(language: Language, remember = true): void {
    this.transloco.setActiveLang(language);
    this.document.documentElement.lang = language;
    if (remember) this.document.defaultView?.localStorage.setItem(storageKey, language);
  }
}
