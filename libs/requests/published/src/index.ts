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
export * from './lib/request-types';
export * from './lib/submissions';
export type { PracticeAreaEvent, RequestSubmittedEvent, RequestTypeEvent } from './lib/categories';
export * from './lib/forms/form-definition';
export * from './lib/forms/definition-issues';
export * from './lib/forms/visibility';
export * from './lib/forms/answers';
export * from './lib/forms/field-errors';
export * from './lib/forms/render-answers';
export * from './lib/forms/form-validation-cases';
export { isIsoCurrencyCode, isoCurrencyCodes } from './lib/forms/currencies';
export { amountPattern, compareAmounts, isAmount } from './lib/forms/decimal';
export { isCalendarDate } from './lib/forms/checks';
