import { Routes } from '@angular/router';
import { provideTranslations, signedInGuard } from '@lc/web-shared-data-access';
import { assessmentTranslations } from './i18n';

const providers = [provideTranslations(assessmentTranslations)];

/** Mounted at 'tests'. */
export const attemptRoutes: Routes = [
  {
    path: ':testId',
    title: 'assessment.attempt.title',
    canActivate: [signedInGuard],
    providers,
    loadComponent: () => import('./attempt-page/attempt-page').then((m) => m.AttemptPage),
  },
];

/** Mounted at 'attempts'. */
export const resultRoutes: Routes = [
  {
    path: ':attemptId',
    title: 'assessment.result.title',
    canActivate: [signedInGuard],
    providers,
    loadComponent: () => import('./result-page/result-page').then((m) => m.ResultPage),
  },
];
