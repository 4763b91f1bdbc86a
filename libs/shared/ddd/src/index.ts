export type { Decider } from './lib/decider';
export { fold, assertNever } from './lib/decider';
export { DomainError } from './lib/domain-error';
export type { DomainErrorKind } from './lib/domain-error';
export type { Clock } from './lib/clock';
export { systemClock, ManualClock } from './lib/clock';
export type { IdGenerator } from './lib/ids';
export { randomIds, SequentialIds } from './lib/ids';
export { given } from './lib/given-when-then';
