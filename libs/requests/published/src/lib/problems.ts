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
] as const;
export type RequestsProblemCode = (typeof requestsProblemCodes)[number];
