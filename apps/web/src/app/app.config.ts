import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideClientHydration, withHttpTransferCacheOptions } from '@angular/platform-browser';
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
    // The landing pages come rendered from the server (docs/adr/0035): the browser takes over their DOM, and the API
    // answers the render used travel in the page, so it does not ask again. No event replay: its inline script is
    // refused by the Content-Security-Policy.
    provideClientHydration(withHttpTransferCacheOptions({ includePostRequests: false })),
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
