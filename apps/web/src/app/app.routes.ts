import type { Routes } from '@angular/router';
import { adminGuard, developmentMailboxGuard, signedInGuard } from '@lexport/web-shared-data-access';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'catalogue/categories' },
  {
    path: 'sign-in',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.SignInPageComponent),
  },
  {
    path: 'invitations/:userId',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.AcceptInvitationPageComponent),
  },
  {
    path: 'forgot-password',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.ForgotPasswordPageComponent),
  },
  {
    path: 'password-resets/:userId',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.PasswordResetPageComponent),
  },
  {
    path: 'sign-up',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.SignUpPageComponent),
  },
  {
    path: 'email-verifications/:userId',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.VerifyEmailPageComponent),
  },
  {
    path: 'profile',
    title: 'Lexport',
    canActivate: [signedInGuard],
    loadComponent: () => import('@lexport/web-identity-feature-profile').then((feature) => feature.ProfilePageComponent),
  },
  {
    path: 'notifications',
    title: 'Lexport',
    canActivate: [signedInGuard],
    loadComponent: () => import('@lexport/web-notifications-feature-inbox').then((feature) => feature.NotificationsPageComponent),
  },
  {
    path: 'admin/organizations',
    title: 'Lexport',
    canActivate: [signedInGuard, adminGuard],
    loadComponent: () => import('@lexport/web-identity-feature-organizations').then((feature) => feature.OrganizationsPageComponent),
  },
  {
    path: 'catalogue/categories',
    title: 'Lexport',
    canActivate: [signedInGuard],
    loadComponent: () => import('@lexport/web-requests-feature-categories').then((feature) => feature.CategoriesPageComponent),
  },
  {
    path: 'admin/users',
    title: 'Lexport',
    canActivate: [signedInGuard, adminGuard],
    loadComponent: () => import('@lexport/web-identity-feature-users').then((feature) => feature.UsersPageComponent),
  },
  {
    path: 'dev/mailbox',
    title: 'Lexport',
    canActivate: [signedInGuard, developmentMailboxGuard],
    loadComponent: () => import('@lexport/web-notifications-feature-mailbox').then((feature) => feature.MailboxPageComponent),
  },
  { path: '**', loadComponent: () => import('./not-found.component').then((page) => page.NotFoundComponent) },
];
