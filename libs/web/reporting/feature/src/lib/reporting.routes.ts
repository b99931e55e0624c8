import { Route } from '@angular/router';
import { provideTranslations, roleGuard } from '@lc/web-shared-data-access';
import { reportingEn, reportingVi } from './i18n';

/** Mounted at /dashboard, for analysts. */
export const reportingRoutes: Route[] = [
  {
    path: '',
    canActivate: [roleGuard('analyst')],
    providers: [provideTranslations({ vi: reportingVi, en: reportingEn })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'reporting.title',
        loadComponent: () => import('./dashboard-page/dashboard-page').then((m) => m.DashboardPage),
      },
    ],
  },
];
