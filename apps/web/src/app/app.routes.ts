import { Route } from '@angular/router';
import { withFormFieldDefaults } from './with-form-field-defaults';

const routes: Route[] = [
  { path: 'login', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.loginRoutes) },
  { path: 'register', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.registerRoutes) },
  { path: 'recover', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.recoverRoutes) },
  { path: 'help', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.helpRoutes) },
  { path: 'welcome', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.welcomeRoutes) },
  { path: 'account', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.accountRoutes) },
  { path: 'reset-codes', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.resetCodeRoutes) },
  {
    path: 'admin/h5p-libraries',
    loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.libraryAdminRoutes),
  },
  {
    path: 'admin/skills-calibration',
    loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.calibrationRoutes),
  },
  { path: 'admin', loadChildren: () => import('@lc/web-identity-feature').then((m) => m.adminRoutes) },
  { path: 'courses', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.catalogRoutes) },
  { path: 'trainer', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.trainerRoutes) },
  { path: 'review', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.reviewRoutes) },
  { path: 'tests', loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.attemptRoutes) },
  { path: 'attempts', loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.resultRoutes) },
  {
    path: 'skills-assessment',
    loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.skillsAssessmentRoutes),
  },
  { path: 'my-learning', loadChildren: () => import('@lc/web-records-feature').then((m) => m.myLearningRoutes) },
  { path: 'notices', loadChildren: () => import('@lc/web-records-feature').then((m) => m.noticesRoutes) },
  { path: 'item-bank', loadChildren: () => import('@lc/web-assessment-feature').then((m) => m.itemBankRoutes) },
  { path: 'title', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.certificationRoutes) },
  { path: 'officer', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.officerRoutes) },
  { path: 'verify', loadChildren: () => import('@lc/web-certification-feature').then((m) => m.verifyRoutes) },
  { path: 'dashboard', loadChildren: () => import('@lc/web-reporting-feature').then((m) => m.reportingRoutes) },
  { path: '', pathMatch: 'full', loadChildren: () => import('@lc/web-catalog-feature').then((m) => m.catalogRoutes) },
  {
    path: '**',
    title: 'shared.notFound.title',
    loadComponent: () => import('@lc/web-shared-ui').then((m) => m.NotFoundPage),
  },
];

// No form field on the catalogue's list and course page (the landing pages) nor on "my learning" and the notices.
export const appRoutes = withFormFieldDefaults(routes, ['', 'courses', 'my-learning', 'notices']);
