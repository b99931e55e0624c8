import { Route } from '@angular/router';

export const appRoutes: Route[] = [
  { path: 'login', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.loginRoutes) },
  { path: 'register', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.registerRoutes) },
  {
    path: 'admin/h5p-libraries',
    loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.libraryAdminRoutes),
  },
  { path: 'admin', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.adminRoutes) },
  { path: 'courses', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.catalogRoutes) },
  { path: 'trainer', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.trainerRoutes) },
  { path: 'review', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.reviewRoutes) },
  { path: 'tests', loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.attemptRoutes) },
  { path: 'attempts', loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.resultRoutes) },
  { path: 'title', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.certificationRoutes) },
  { path: 'officer', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.officerRoutes) },
  { path: 'verify', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.verifyRoutes) },
  { path: 'dashboard', loadChildren: () => import('@lc/web-reporting-feature').then((m) => m.reportingRoutes) },
  {
    path: 'skills-assessment',
    loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.skillsAssessmentRoutes),
  },
  { path: '', pathMatch: 'full', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.catalogRoutes) },
  {
    path: '**',
    title: 'shared.notFound.title',
    loadComponent: () => import('@lc/web-shared-ui').then((m) => m.NotFoundPage),
  },
];
