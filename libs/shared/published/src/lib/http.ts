/** HTTP conventions shared by the API and the web client. */

/**
 * Every command response carries the global position of its last event in this header (and in its body). A query
 * given the same header waits, for a bounded time, until the projections it reads have applied that position.
 */
export const positionHeader = 'x-lexport-position';

/** Set on a query response when the projections had not reached the requested position in time. */
export const staleHeader = 'x-lexport-stale';

/** A client may send one per command; retrying with the same key never applies the command twice. */
export const idempotencyKeyHeader = 'idempotency-key';

export const correlationIdHeader = 'x-correlation-id';

export interface CommandAccepted {
  /** Id of the entity the command created or changed. */
  readonly id: string;
  readonly revision: number;
  readonly position: number;
}

export interface PageOf<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** RFC 9457 problem details, with field errors for invalid input. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** Stable machine-readable reason; the web client translates it. */
  readonly code: string;
  readonly errors?: readonly FieldError[];
  readonly [extension: string]: unknown;
}

export interface FieldError {
  /** JSON pointer into the request body, or `query`/`params` followed by the field path. */
  readonly pointer: string;
  readonly field: string;
  readonly code: string;
  readonly message: string;
  /** Values the message names (a limit, an option), so that a client can word the code in its reader's language. */
  readonly params?: Readonly<Record<string, string | number>>;
}
