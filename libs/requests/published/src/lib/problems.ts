/**
 * The problem codes the requests context's routes answer besides the shared ones (`sharedProblemCodes`). Keep in
 * sync with `libs/requests/domain` and `libs/requests/module`: problems.unit.spec.ts reads their sources and fails on
 * a code thrown there and missing here.
 */
export const requestsProblemCodes = [
  'category-not-found',
  'category-already-exists',
  'category-name-taken',
  'command-superseded',
  'practice-area-not-found',
  'practice-area-already-exists',
  'request-type-not-found',
  'request-type-already-exists',
  'request-type-retired',
  'request-type-not-offered',
  'form-version-not-found',
  'invalid-form-definition',
  'subject-field-not-in-form',
  'request-already-submitted',
  'invalid-answers',
  'attachment-not-found',
  'not-on-legal-team',
] as const;
export type RequestsProblemCode = (typeof requestsProblemCodes)[number];
