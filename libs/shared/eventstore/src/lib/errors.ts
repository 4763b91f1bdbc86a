import type { ExpectedRevision } from './port';

export class EventStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The stream was not at the expected revision: somebody else wrote first. Maps to HTTP 409. */
export class ConcurrencyError extends EventStoreError {
  constructor(
    readonly streamName: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${streamName} is at ${actual}, expected ${expected}`);
  }
}

export class InvalidEventError extends EventStoreError {}

export class InvalidPositionError extends EventStoreError {
  constructor(readonly position: number) {
    super(`Position ${position} is not a position of this store`);
  }
}
