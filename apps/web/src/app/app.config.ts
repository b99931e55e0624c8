import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
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
    // Long Vietnamese labels ("Số định danh cá nhân hoặc tên đăng nhập") are cut off at 360 px while they sit inside an
    // empty field; floated, they fit, and people new to forms always see what a field is for. The token puts
    // Material's form field in the first download (~20 KB gzip); loading it with each feature instead cost a round
    // trip more before every page (docs/benchmarks.md), and the catalogue's home page needs it anyway.
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { floatLabel: 'always' } satisfies MatFormFieldDefaultOptions,
    },
  ],
};
