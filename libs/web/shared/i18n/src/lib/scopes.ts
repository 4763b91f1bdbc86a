import { DestroyRef, inject, Injectable, InjectionToken } from '@angular/core';
import type { Provider } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy } from '@angular/router';
import type { RouterStateSnapshot } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import type { Translation } from '@jsverse/transloco';
import { combineLatest, of, Subject, switchMap } from 'rxjs';
import type { Observable } from 'rxjs';
import type { Language } from './i18n';

/**
 * One context's texts (identity, notifications, requests), loaded with the first component that reads them; its keys
 * read `<scope>.<key>` once loaded. A component declares the scopes it reads with `provideTranslocoScope(scope)`, so
 * that it works wherever it is shown (a dialog, another context's page).
 */
export interface TranslationScope {
  readonly scope: string;
  readonly loader: Readonly<Record<Language, () => Promise<Translation>>>;
}

/** Every scope the portal has, so that a page title can be translated before the page itself is shown. */
export const TRANSLATION_SCOPES = new InjectionToken<readonly TranslationScope[]>('lexport.translation-scopes', {
  factory: () => [],
});

export function provideTranslationScopes(...scopes: TranslationScope[]): Provider {
  return { provide: TRANSLATION_SCOPES, useValue: scopes };
}

/**
 * Route titles are translation keys ('identity.titles.users', or a shell key such as 'titles.notFound'); the browser
 * shows "Users · Lexport" in the reader's language and follows the language switch.
 */
@Injectable({ providedIn: 'root' })
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly scopes = inject(TRANSLATION_SCOPES);
  private readonly keys = new Subject<string | undefined>();

  constructor() {
    super();
    const subscription = this.keys
      .pipe(
        switchMap((key) =>
          combineLatest([this.transloco.selectTranslate<string>('app.title'), key ? this.translate(key) : of(null)]),
        ),
      )
      .subscribe(([portal, page]) => this.title.setTitle(page ? `${page} · ${portal}` : portal));
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.keys.next(this.buildTitle(snapshot));
  }

  private translate(key: string): Observable<string> {
    const scope = this.scopes.find((candidate) => key.startsWith(`${candidate.scope}.`));
    return scope
      ? this.transloco.selectTranslate<string>(key.slice(scope.scope.length + 1), {}, scope)
      : this.transloco.selectTranslate<string>(key);
  }
}

/** Every key of a translation, dotted ("users.actions.resend"): French must have the same ones as English. */
export function translationKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    translationKeys(child, prefix ? `${prefix}.${key}` : key),
  );
}
