import { Route } from '@angular/router';
import { provideTranslations, roleGuard } from '@lc/web-shared-data-access';
import { myLearningEn, myLearningVi } from './i18n';

/** Mounted at /my-learning, for citizens. */
export const myLearningRoutes: Route[] = [
  {
    path: '',
    pathMatch: 'full',
    canActivate: [roleGuard('citizen')],
    providers: [provideTranslations({ vi: myLearningVi, en: myLearningEn })],
    title: 'myLearning.title',
    loadComponent: () => import('./my-learning-page/my-learning-page').then((m) => m.MyLearningPage),
  },
];
