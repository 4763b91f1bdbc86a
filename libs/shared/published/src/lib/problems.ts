/**
 * The problem codes any route of the API may answer, whatever its context: the problem-details filter (input,
 * bodies, concurrency, operations), the idempotency interceptor, the global session guard and the rate limits.
 * Keep in sync with `libs/shared/platform` (problems.unit.spec.ts reads its sources and fails on a code missing here).
 * Each context's published language lists the codes only its own routes answer.
 */
export const sharedProblemCodes = [
  'invalid-input',
  'bad-request',
  'invalid-query',
  'invalid-content-encoding',
  'payload-too-large',
  'unsupported-media-type',
  'attachment-too-large',
  'attachment-type-not-allowed',
  'range-not-satisfiable',
  'unsupported-charset',
  'unsupported-content-encoding',
  'unauthenticated',
  'forbidden',
  'csrf-token-invalid',
  'cross-site-request',
  'not-found',
  'method-not-allowed',
  'concurrent-modification',
  'idempotency-key-reused',
  'invalid-event',
  'unknown-projection',
  'projection-not-rebuildable',
  'too-many-requests',
  'not-ready',
  'internal-error',
] as const;
export type SharedProblemCode = (typeof sharedProblemCodes)[number];

/** The codes a source text throws as `new DomainError('<code>', …)`: what the published lists are checked against. */
export function thrownProblemCodes(source: string): string[] {
  return [...source.matchAll(/new DomainError\(\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}
