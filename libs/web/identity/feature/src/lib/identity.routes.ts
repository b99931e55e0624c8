import { Routes } from '@angular/router';
import { provideTranslations, roleGuard } from '@lc/web-shared-data-access';
import { identityTranslations } from './i18n';

export const loginRoutes: Routes = [
  {
    path: '',
    title: 'identity.login.title',
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./login-page/login-page').then((m) => m.LoginPage),
  },
];

export const registerRoutes: Routes = [
  {
    path: '',
    title: 'identity.register.title',
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./register-page/register-page').then((m) => m.RegisterPage),
  },
];

export const adminRoutes: Routes = [
  {
    path: '',
    title: 'identity.admin.title',
    canActivate: [roleGuard('admin')],
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./admin-page/admin-page').then((m) => m.AdminPage),
  },
];
