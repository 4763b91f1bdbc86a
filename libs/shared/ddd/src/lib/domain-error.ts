/**
 * How the outside world should read a broken rule. The HTTP edge maps kinds to status codes in one place
 * (shared-platform), so domain code never mentions HTTP.
 */
export type DomainErrorKind = 'conflict' | 'not-found' | 'invalid' | 'forbidden' | 'unauthenticated';

export class DomainError extends Error {
  constructor(
    /** Stable, machine-readable code, e.g. `category-name-taken`; clients translate it. */
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
