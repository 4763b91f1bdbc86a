import type { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from '@lexport/web-shared-data-access';

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
    loadComponent: () => import('@lexport/web-notifications-feature-mailbox').then((feature) => feature.MailboxPageComponent),
  },
  { path: '**', loadComponent: () => import('./not-found.component').then((page) => page.NotFoundComponent) },
];
