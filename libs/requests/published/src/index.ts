export {
  categoryDescriptionMax,
  categoryIdParams,
  categoryPage,
  categoryView,
  commandAccepted,
  categoryNameLimits,
  categorySortFields,
  createCategoryRequest,
  listCategoriesQuery,
  renameCategoryRequest,
  requestsEventTypes,
  requestsStreams,
} from './lib/categories';
export type {
  CategoryView,
  CreateCategoryRequest,
  ListCategoriesQuery,
  RenameCategoryRequest,
  RequestsEvent,
} from './lib/categories';
export { requestsProblemCodes } from './lib/problems';
export type { RequestsProblemCode } from './lib/problems';
