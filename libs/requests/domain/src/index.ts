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
export { practiceAreaDecider, practiceAreaMustExist, practiceAreaStreamName } from './lib/practice-area/practice-area';
export type { PracticeAreaCommand, PracticeAreaEvent, PracticeAreaState } from './lib/practice-area/practice-area';
export {
  changeRequestTypeDetails,
  createRequestType,
  formMustBeValid,
  formVersionMustExist,
  isInCatalogue,
  publishForm,
  reinstateRequestType,
  requestTypeDecider,
  requestTypeMustBeOffered,
  requestTypeMustExist,
  requestTypeStreamName,
  retireRequestType,
  saveFormDraft,
  subjectFieldMustBeAsked,
} from './lib/request-type/request-type';
export type {
  PublishedForm,
  RequestTypeCommand,
  RequestTypeDetails,
  RequestTypeEvent,
  RequestTypeState,
} from './lib/request-type/request-type';
export {
  answersMustFitForm,
  attachmentsMustBeUploads,
  formatReference,
  requestDecider,
  requestMustBeNew,
  requestStreamName,
  subjectOfRequest,
  submitRequest,
} from './lib/request/request';
export type { RequestCommand, RequestEvent, RequestState, SubmitRequestData } from './lib/request/request';
