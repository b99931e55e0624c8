import { Routes } from '@angular/router';
import { provideTranslations, roleGuard, signedInGuard } from '@lc/web-shared-data-access';
import { helpTranslations } from './help-page/help-i18n';
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
    providers: [provideTranslations(identityTranslations), provideTranslations(helpTranslations)],
    loadComponent: () => import('./admin-page/admin-page').then((m) => m.AdminPage),
  },
];

/** "Quên mật khẩu?": public, reached from the sign-in page. */
export const recoverRoutes: Routes = [
  {
    path: '',
    title: 'identity.recover.title',
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./recover-page/recover-page').then((m) => m.RecoverPage),
  },
];

/** Where registration lands: the recovery code, once, and what to do next. */
export const welcomeRoutes: Routes = [
  {
    path: '',
    title: 'identity.welcome.lead',
    canActivate: [signedInGuard],
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./welcome-page/welcome-page').then((m) => m.WelcomePage),
  },
];

export const accountRoutes: Routes = [
  {
    path: '',
    title: 'identity.account.title',
    canActivate: [signedInGuard],
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./account-page/account-page').then((m) => m.AccountPage),
  },
];

/** The commune officer's desk for people who forgot their password (approvers; admins for staff accounts). */
export const resetCodeRoutes: Routes = [
  {
    path: '',
    title: 'identity.resetCodes.title',
    canActivate: [roleGuard('approver', 'admin')],
    providers: [provideTranslations(identityTranslations)],
    loadComponent: () => import('./reset-code-page/reset-code-page').then((m) => m.ResetCodePage),
  },
];

/** "Giới thiệu & hỏi đáp": public, in the menu for everyone. */
export const helpRoutes: Routes = [
  {
    path: '',
    title: 'help.title',
    providers: [provideTranslations(identityTranslations), provideTranslations(helpTranslations)],
    loadComponent: () => import('./help-page/help-page').then((m) => m.HelpPage),
  },
];
