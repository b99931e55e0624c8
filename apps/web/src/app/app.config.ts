import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideServiceWorker } from '@angular/service-worker';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import {
  authInterceptor,
  provideTranslations,
  provideXapiOutbox,
  SessionStore,
  sharedTranslations,
} from '@lc/web-shared-data-access';
import { appRoutes } from './app.routes';
import { shellTranslations } from './i18n';
import { TranslatedTitleStrategy } from './translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled' }),
    ),
    provideHttpClient(withInterceptors([authInterceptor])),
    // The access token lives in memory: after a reload the refresh cookie signs the person in again, before the
    // first route's guard asks whether they are.
    provideAppInitializer(() => inject(SessionStore).restore()),
    // Installable and readable offline (ngsw-config.json). Registered once the first page has settled, so that on a
    // slow line the worker's downloads never compete with it.
    provideServiceWorker('ngsw-worker.js', { enabled: !isDevMode(), registrationStrategy: 'registerWhenStable:30000' }),
    provideXapiOutbox(),
    provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
    provideTranslations(sharedTranslations),
    provideTranslations(shellTranslations),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Material's form-field defaults (floating labels) come with each feature's routes (app.routes.ts), not here:
    // at the root they put Material's form field and the CDK's a11y in every first download (~95 KB raw).
  ],
};
