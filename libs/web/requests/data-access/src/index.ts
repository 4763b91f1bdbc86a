export { CategoriesApi } from './lib/categories-api';
export { requestsProblemKey } from './lib/requests-problems';
