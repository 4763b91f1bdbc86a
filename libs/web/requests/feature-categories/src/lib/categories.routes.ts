import type { Routes } from '@angular/router';
import { CategoriesPageComponent } from './categories-page.component';

/** The request catalogue; the shell lets only signed-in people in. */
export const categoriesRoutes: Routes = [
  { path: '', title: 'requests.titles.categories', component: CategoriesPageComponent },
];
