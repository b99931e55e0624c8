import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MAT_FORM_FIELD_DEFAULT_OPTIONS, MatFormFieldDefaultOptions } from '@angular/material/form-field';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { authInterceptor, provideTranslations, SessionStore, sharedTranslations } from '@lc/web-shared-data-access';
import { appRoutes } from './app.routes';
import { shellTranslations } from './i18n';
import { TranslatedTitleStrategy } from './translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    // The access token lives in memory: after a reload the refresh cookie signs the person in again, before the
    // first route's guard asks whether they are.
    provideAppInitializer(() => inject(SessionStore).restore()),
    provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
    provideTranslations(sharedTranslations),
    provideTranslations(shellTranslations),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // Long Vietnamese labels ("Số định danh cá nhân hoặc tên đăng nhập") are cut off at 360 px while they sit inside an
    // empty field; floated, they fit, and people new to forms always see what a field is for.
    {
      provide: MAT_FORM_FIELD_DEFAULT_OPTIONS,
      useValue: { floatLabel: 'always' } satisfies MatFormFieldDefaultOptions,
    },
  ],
};
