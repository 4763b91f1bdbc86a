/**
 * The problem codes the matters context's routes answer besides the shared ones. Keep in sync with
 * `libs/matters/domain` and `libs/matters/module`: problems.unit.spec.ts reads their sources.
 */
export const mattersProblemCodes = [
  'matter-not-found',
  'matter-already-exists',
  'attachment-not-found',
  'internal-note-by-client',
  'empty-note',
] as const;
export type MattersProblemCode = (typeof mattersProblemCodes)[number];
