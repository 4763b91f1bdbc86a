export { correlationIdHeader, idempotencyKeyHeader, positionHeader, staleHeader } from './lib/http';
export type { CommandAccepted, FieldError, PageOf, ProblemDetails } from './lib/http';
export {
  hasUnsafeCharacters,
  nameText,
  paragraphsText,
  unsafeCharacterMessage,
  withoutUnsafeCharacters,
} from './lib/text';
export { sharedProblemCodes, thrownProblemCodes } from './lib/problems';
export type { SharedProblemCode } from './lib/problems';
