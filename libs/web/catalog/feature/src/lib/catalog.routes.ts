import { Routes } from '@angular/router';
import { provideTranslations, roleGuard } from '@lc/web-shared-data-access';
import { CatalogPage } from './catalog-page/catalog-page';
import { CoursePage } from './course-page/course-page';
import { catalogTranslations } from './i18n';
import { learnerTranslations } from './learner-i18n';
import { libraryAdminTranslations } from './library-admin-page/library-admin-i18n';
import { editorTranslations } from './material-editor/editor-i18n';

const providers = [provideTranslations(catalogTranslations), provideTranslations(learnerTranslations)];
const editorPage = () =>
  import('./material-editor/material-editor-page/material-editor-page').then((m) => m.MaterialEditorPage);

/**
 * Mounted at '' and at 'courses'. The landing pages come with these routes rather than one round trip after them
 * (docs/benchmarks.md, "Fast on a slow phone").
 */
export const catalogRoutes: Routes = [
  {
    path: '',
    providers,
    children: [
      {
        path: '',
        title: 'catalog.list.title',
        component: CatalogPage,
      },
      {
        path: ':courseId',
        title: 'catalog.list.title',
        component: CoursePage,
      },
    ],
  },
];

/** Mounted at 'trainer': the trainer's page, and the H5P editor of one material of a course. */
export const trainerRoutes: Routes = [
  {
    path: '',
    canActivate: [roleGuard('trainer')],
    providers: [...providers, provideTranslations(editorTranslations)],
    children: [
      {
        path: '',
        title: 'catalog.trainer.title',
        loadComponent: () => import('./trainer-page/trainer-page').then((m) => m.TrainerPage),
      },
      {
        path: 'courses/:courseId/editor/new/:kind',
        title: 'catalog.editor.sectionTitle',
        loadComponent: editorPage,
      },
      {
        path: 'courses/:courseId/editor/:materialId',
        title: 'catalog.editor.sectionTitle',
        loadComponent: editorPage,
      },
    ],
  },
];

export const reviewRoutes: Routes = [
  {
    path: '',
    title: 'catalog.review.title',
    canActivate: [roleGuard('content_reviewer')],
    providers,
    loadComponent: () => import('./review-page/review-page').then((m) => m.ReviewPage),
  },
];

/** Mounted at 'admin/h5p-libraries': the city admin's content types (the API refuses admins of a commune). */
export const libraryAdminRoutes: Routes = [
  {
    path: '',
    title: 'catalog.libraries.title',
    canActivate: [roleGuard('admin')],
    providers: [provideTranslations(libraryAdminTranslations)],
    loadComponent: () => import('./library-admin-page/library-admin-page').then((m) => m.LibraryAdminPage),
  },
];
