import { Routes } from '@angular/router';
import { provideTranslations, roleGuard, signedInGuard } from '@lc/web-shared-data-access';
import { calibrationTranslations } from './calibration-i18n';
import { assessmentTranslations } from './i18n';
import { itemAnswerTranslations } from './item-answer-i18n';
import { itemBankTranslations } from './item-bank-i18n';
import { proposalFormTranslations } from './proposal-form-i18n';
import { skillsTranslations } from './skills-i18n';

const providers = [
  provideTranslations(assessmentTranslations),
  provideTranslations(itemBankTranslations),
  provideTranslations(itemAnswerTranslations),
];

/** Mounted at 'tests'. */
export const attemptRoutes: Routes = [
  {
    // Before ':testId': a trainer's unsaved test from the course editor, as a learner sees it.
    path: 'preview',
    title: 'assessment.preview.title',
    canActivate: [roleGuard('trainer')],
    providers,
    loadComponent: () => import('./test-preview-page/test-preview-page').then((m) => m.TestPreviewPage),
  },
  {
    // A saved test, for its author and content reviewers (the API refuses anyone else).
    path: ':testId/preview',
    title: 'assessment.preview.title',
    canActivate: [roleGuard('trainer', 'content_reviewer')],
    providers,
    loadComponent: () => import('./test-preview-page/test-preview-page').then((m) => m.TestPreviewPage),
  },
  {
    // The attempt, and its clock, start here, from the intro's link only (docs/adr/0038).
    path: ':testId/attempt',
    title: 'assessment.attempt.title',
    canActivate: [signedInGuard],
    providers,
    loadComponent: () => import('./attempt-page/attempt-page').then((m) => m.AttemptPage),
  },
  {
    // Public and rendered on the server (SERVER_RENDERED_ROUTES).
    path: ':testId',
    title: 'assessment.attempt.title',
    providers: [provideTranslations(assessmentTranslations)],
    loadComponent: () => import('./test-intro-page/test-intro-page').then((m) => m.TestIntroPage),
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

/** Mounted at 'skills-assessment': the city-wide digital-skills assessment, for citizens. */
export const skillsAssessmentRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('citizen')],
    providers: [
      provideTranslations(skillsTranslations),
      provideTranslations(itemBankTranslations),
      provideTranslations(itemAnswerTranslations),
    ],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'skills.title',
        loadComponent: () => import('./skills-intro-page/skills-intro-page').then((m) => m.SkillsIntroPage),
      },
      {
        path: 'attempts/:attemptId',
        title: 'skills.title',
        loadComponent: () => import('./skills-attempt-page/skills-attempt-page').then((m) => m.SkillsAttemptPage),
      },
      {
        path: 'results/:attemptId',
        title: 'skills.result.title',
        loadComponent: () => import('./skills-result-page/skills-result-page').then((m) => m.SkillsResultPage),
      },
    ],
  },
];

/** Mounted at 'item-bank': trainers' proposals for the city bank, and the content reviewers' queue. */
export const itemBankRoutes: Routes = [
  {
    path: '',
    // The proposal form previews an item with the citizen's own controls, whose words these are.
    providers: [...providers, provideTranslations(proposalFormTranslations)],
    children: [
      {
        path: 'proposals',
        canActivate: [roleGuard('trainer', 'content_reviewer')],
        children: [
          {
            path: '',
            pathMatch: 'full',
            title: 'itemBank.proposals.title',
            loadComponent: () => import('./my-proposals-page/my-proposals-page').then((m) => m.MyProposalsPage),
          },
          {
            path: 'new',
            title: 'itemBank.form.newTitle',
            loadComponent: () => import('./proposal-form-page/proposal-form-page').then((m) => m.ProposalFormPage),
          },
          {
            path: ':itemId/edit',
            title: 'itemBank.form.editTitle',
            loadComponent: () => import('./proposal-form-page/proposal-form-page').then((m) => m.ProposalFormPage),
          },
        ],
      },
      {
        path: 'review',
        title: 'itemBank.review.title',
        canActivate: [roleGuard('content_reviewer')],
        loadComponent: () => import('./item-review-page/item-review-page').then((m) => m.ItemReviewPage),
      },
    ],
  },
];

/** Mounted at 'admin/skills-calibration': city admins run the assessment's calibration (the API refuses others). */
export const calibrationRoutes: Routes = [
  {
    path: '',
    title: 'calibration.title',
    canActivate: [roleGuard('admin')],
    providers: [provideTranslations(calibrationTranslations)],
    loadComponent: () => import('./calibration-page/calibration-page').then((m) => m.CalibrationPage),
  },
];
