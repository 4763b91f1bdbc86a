import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import localeFr from '@angular/common/locales/fr';
import {
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import type { ApplicationConfig } from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { provideRouter, TitleStrategy, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { readYourWritesInterceptor, sessionExpiredInterceptor } from '@lexport/web-shared-data-access';
import { routes } from './app.routes';
import {
  BundledTranslations,
  languages,
  LanguagePreference,
  provideTranslationScopes,
  TranslatedTitleStrategy,
} from '@lexport/web-shared-i18n';
import { identityScope } from '@lexport/web-identity-i18n';
import { notificationsScope } from '@lexport/web-notifications-i18n';
import { requestsScope } from '@lexport/web-requests-i18n';
import { mattersScope } from '@lexport/web-matters-i18n';

registerLocaleData(localeFr);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(routes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'enabled' })),
    // Route titles are translation keys: "Users · Lexport", in the reader's language.
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideTranslationScopes(identityScope, notificationsScope, requestsScope, mattersScope),
    // Angular echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on unsafe requests, as the API's session guard expects.
    provideHttpClient(
      withInterceptors([readYourWritesInterceptor, sessionExpiredInterceptor]),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
    provideTransloco({
      config: {
        availableLangs: [...languages],
        defaultLang: 'en',
        fallbackLang: 'en',
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: BundledTranslations,
    }),
    provideAppInitializer(() => {
      inject(MatIconRegistry).setDefaultFontSetClass('material-icons-outlined');
      inject(LanguagePreference).start();
    }),
  ],
};
