import type { Routes } from '@angular/router';
import { adminGuard, developmentMailboxGuard, signedInGuard, staffGuard } from '@lexport/web-shared-data-access';

/**
 * The shell's map: each feature brings its own routes (with their translated titles) and is loaded when first
 * opened; who may open it is decided here, in one place.
 */
export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'catalogue' },
  {
    path: 'catalogue/categories',
    canActivate: [signedInGuard],
    loadChildren: () => import('@lexport/web-requests-feature-categories').then((feature) => feature.categoriesRoutes),
  },
  {
    path: 'catalogue',
    canActivate: [signedInGuard],
    loadChildren: () => import('@lexport/web-requests-feature-catalogue').then((feature) => feature.catalogueRoutes),
  },
  {
    path: 'matters',
    canActivate: [signedInGuard],
    loadChildren: () => import('@lexport/web-matters-feature-list').then((feature) => feature.mattersListRoutes),
  },
  {
    path: 'requests',
    canActivate: [signedInGuard],
    loadChildren: () => import('@lexport/web-matters-feature-request').then((feature) => feature.requestRoutes),
  },
  {
    path: 'legal/request-types',
    canActivate: [signedInGuard, staffGuard],
    loadChildren: () =>
      import('@lexport/web-requests-feature-request-types').then((feature) => feature.requestTypesRoutes),
  },
  {
    path: 'legal/practice-areas',
    canActivate: [signedInGuard, staffGuard],
    loadChildren: () =>
      import('@lexport/web-requests-feature-request-types').then((feature) => feature.practiceAreasRoutes),
  },
  {
    path: 'profile',
    canActivate: [signedInGuard],
    loadChildren: () => import('@lexport/web-identity-feature-profile').then((feature) => feature.profileRoutes),
  },
  {
    path: 'notifications',
    canActivate: [signedInGuard],
    loadChildren: () =>
      import('@lexport/web-notifications-feature-inbox').then((feature) => feature.notificationsRoutes),
  },
  {
    path: 'admin/users',
    canActivate: [signedInGuard, adminGuard],
    loadChildren: () => import('@lexport/web-identity-feature-users').then((feature) => feature.usersRoutes),
  },
  {
    path: 'admin/organizations',
    canActivate: [signedInGuard, adminGuard],
    loadChildren: () =>
      import('@lexport/web-identity-feature-organizations').then((feature) => feature.organizationsRoutes),
  },
  {
    path: 'dev/mailbox',
    canActivate: [signedInGuard, developmentMailboxGuard],
    loadChildren: () => import('@lexport/web-notifications-feature-mailbox').then((feature) => feature.mailboxRoutes),
  },
  // Sign-in, sign-up and the pages emailed links lead to: top-level paths, no session needed.
  {
    path: '',
    loadChildren: () => import('@lexport/web-identity-feature-sign-in').then((feature) => feature.signInRoutes),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found.component').then((page) => page.NotFoundComponent),
  },
];
