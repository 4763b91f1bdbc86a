export {
  catalogueDecider,
  catalogueStreamName,
  categoryIdMustBeNew,
  categoryMustExist,
  nameMustBeUnique,
  normalizeCategoryName,
} from './lib/catalogue/catalogue';
export type { CatalogueCommand, CatalogueEvent, CatalogueState, CategoryDetails } from './lib/catalogue/catalogue';
