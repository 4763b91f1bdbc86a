export interface IdGenerator {
  next(): string;
}

export const randomIds: IdGenerator = { next: () => globalThis.crypto.randomUUID() };

/** Predictable ids for tests: `prefix-1`, `prefix-2`, ... */
export class SequentialIds implements IdGenerator {
  private counter = 0;

  constructor(private readonly prefix = 'id') {}

  next(): string {
    this.counter += 1;
    return `${this.prefix}-${this.counter}`;
  }
}
