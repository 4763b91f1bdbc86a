export {
  categoryDecider,
  categoryHasLetGoOfName,
  categoryIdMustBeNew,
  categoryMustExist,
  categoryNameClaimDecider,
  categoryNameKey,
  categoryStreamName,
  createCategory,
  normalizeCategoryName,
  renameCategory,
} from './lib/category/category';
export type {
  CategoryCommand,
  CategoryEvent,
  CategoryNameClaimCommand,
  CategoryNameClaimEvent,
  CategoryState,
} from './lib/category/category';
