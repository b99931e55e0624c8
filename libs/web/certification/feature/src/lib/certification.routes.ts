import { Route } from '@angular/router';
import { provideTranslations, roleGuard, signedInGuard } from '@lc/web-shared-data-access';
import { unsavedChangesGuard } from '@lc/web-shared-ui/dialog';
import { certificationEn, certificationVi } from './i18n';

const translations = provideTranslations({ vi: certificationVi, en: certificationEn });

/** Mounted at /title: the citizen's application and certificate. */
export const certificationRoutes: Route[] = [
  {
    path: '',
    canActivate: [signedInGuard],
    providers: [translations],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'certification.titles.application',
        canDeactivate: [unsavedChangesGuard],
        loadComponent: () => import('./application-page/application-page').then((m) => m.ApplicationPage),
      },
      {
        path: 'certificate',
        title: 'certification.titles.certificate',
        loadComponent: () => import('./certificate-page/certificate-page').then((m) => m.CertificatePage),
      },
    ],
  },
];

/** Mounted at /officer: verifiers' and approvers' work. */
export const officerRoutes: Route[] = [
  {
    path: '',
    canActivate: [roleGuard('verifier', 'approver')],
    providers: [translations],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'certification.titles.officer',
        loadComponent: () => import('./officer-queue-page/officer-queue-page').then((m) => m.OfficerQueuePage),
      },
      {
        path: 'decisions',
        title: 'certification.titles.decisions',
        loadComponent: () => import('./decisions-page/decisions-page').then((m) => m.DecisionsPage),
      },
      {
        path: ':id',
        title: 'certification.titles.review',
        loadComponent: () =>
          import('./application-review-page/application-review-page').then((m) => m.ApplicationReviewPage),
      },
    ],
  },
];

/** Mounted at /verify: public, no sign-in; the certificate's QR code points at /verify/:code. */
export const verifyRoutes: Route[] = [
  {
    path: '',
    providers: [translations],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'certification.titles.verify',
        loadComponent: () => import('./verify-page/verify-page').then((m) => m.VerifyPage),
      },
      {
        path: ':code',
        title: 'certification.titles.verify',
        loadComponent: () => import('./verify-page/verify-page').then((m) => m.VerifyPage),
      },
    ],
  },
];
