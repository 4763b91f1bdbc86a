import type { Routes } from '@angular/router';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'catalogue/categories' },
  {
    path: 'catalogue/categories',
    title: 'Lexport',
    loadComponent: () => import('@lexport/web-requests-feature-categories').then((feature) => feature.CategoriesPageComponent),
  },
  { path: '**', loadComponent: () => import('./not-found.component').then((page) => page.NotFoundComponent) },
];
