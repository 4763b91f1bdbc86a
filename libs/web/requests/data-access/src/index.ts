export { CategoriesApi } from './lib/categories-api';
