/**
 * A decider in the sense of event-driven-io/emmett: the whole behaviour of an aggregate as two pure functions.
 * `decide` may throw a DomainError; `evolve` must accept every event ever stored and never fail.
 */
export interface Decider<Command, Event, State> {
  readonly initialState: () => State;
  readonly decide: (command: Command, state: State) => readonly Event[];
  readonly evolve: (state: State, event: Event) => State;
  /**
   * The schema version of the events it writes, by type, where it is not 1: bumped when an event's data changes
   * shape, beside an upcaster that lifts the stored older versions.
   */
  readonly schemaVersions?: Readonly<Record<string, number>>;
}

export function fold<Command, Event, State>(decider: Decider<Command, Event, State>, events: Iterable<Event>): State {
  let state = decider.initialState();
  for (const event of events) state = decider.evolve(state, event);
  return state;
}

/** Type-level guard for exhaustive `switch` statements over discriminated unions. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
