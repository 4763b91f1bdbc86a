import { isDeepStrictEqual, inspect } from 'node:util';
import type { Decider } from './decider';
import { fold } from './decider';
import { DomainError } from './domain-error';

/**
 * Specification helper for deciders:
 *   given(decider)([CategoryCreated]).when(RenameCategory).then([CategoryRenamed])
 * It throws plain Errors, so it works with any test runner.
 */
export function given<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return (history: readonly Event[]) => ({
    when: (command: Command) => {
      const run = () => decider.decide(command, fold(decider, history));
      return {
        then(expected: readonly Event[]): void {
          const actual = run();
          if (!isDeepStrictEqual(actual, expected)) {
            throw new Error(
              `Expected events\n${inspect(expected, { depth: 8 })}\nbut decide returned\n${inspect(actual, { depth: 8 })}`,
            );
          }
        },
        /** The command is accepted and changes nothing: a repeat, or a change to what already is. */
        thenNothingHappened(): void {
          const actual = run();
          if (actual.length > 0)
            throw new Error(`Expected no events but decide returned\n${inspect(actual, { depth: 8 })}`);
        },
        thenThrows(code: string): void {
          let outcome: unknown;
          try {
            outcome = run();
          } catch (error) {
            if (error instanceof DomainError && error.code === code) return;
            throw new Error(`Expected DomainError '${code}' but got ${inspect(error)}`);
          }
          throw new Error(`Expected DomainError '${code}' but decide returned ${inspect(outcome, { depth: 8 })}`);
        },
      };
    },
  });
}
