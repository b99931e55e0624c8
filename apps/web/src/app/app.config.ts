import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { authInterceptor, provideTranslations, sharedTranslations } from '@lc/web-shared-data-access';
import { appRoutes } from './app.routes';
import { shellTranslations } from './i18n';
import { TranslatedTitleStrategy } from './translated-title-strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes, withComponentInputBinding()),
    provideHttpClient(withInterceptors([authInterceptor])),
    provideTranslateService({ lang: 'vi', fallbackLang: 'vi' }),
    provideTranslations(sharedTranslations),
    provideTranslations(shellTranslations),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
  ],
};
