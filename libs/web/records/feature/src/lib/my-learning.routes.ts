import { Route } from '@angular/router';
import { provideTranslations, roleGuard, signedInGuard } from '@lc/web-shared-data-access';
import { myLearningEn, myLearningVi } from './i18n';

const translations = provideTranslations({ vi: myLearningVi, en: myLearningEn });

/** Mounted at /my-learning, for citizens. */
export const myLearningRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [roleGuard('citizen')],
    providers: [translations],
    title: 'myLearning.title',
    loadComponent: () => import('./my-learning-page/my-learning-page').then((m) => m.MyLearningPage),
  },
];

/** Mounted at /notices, for anyone signed in: a trainer hears about their courses, a citizen their application. */
export const noticesRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [signedInGuard],
    providers: [translations],
    title: 'notices.title',
    loadComponent: () => import('./notices-page/notices-page').then((m) => m.NoticesPage),
  },
];
