export { CategoriesPageComponent } from './lib/categories-page.component';
export { CategoryDialogComponent } from './lib/category-dialog.component';
export type { CategoryDialogData } from './lib/category-dialog.component';
export { categoriesRoutes } from './lib/categories.routes';
