import { Route } from '@angular/router';
import { provideTranslations, roleGuard } from '@lc/web-shared-data-access';
import { reportingEn, reportingVi } from './i18n';
import { importsEn, importsVi } from './i18n-imports';

/** Mounted at /dashboard, for analysts; /dashboard/imports for admins. */
export const reportingRoutes: Route[] = [
  {
    path: 'imports',
    canActivate: [roleGuard('admin')],
    providers: [provideTranslations({ vi: importsVi, en: importsEn })],
    title: 'imports.title',
    loadComponent: () => import('./imports-page/imports-page').then((m) => m.ImportsPage),
  },
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
