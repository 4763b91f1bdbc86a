export { correlationIdHeader, idempotencyKeyHeader, positionHeader, staleHeader } from './lib/http';
export type { CommandAccepted, FieldError, PageOf, ProblemDetails } from './lib/http';
