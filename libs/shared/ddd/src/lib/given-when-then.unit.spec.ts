import type { Decider } from './decider';
import { DomainError } from './domain-error';
import { given } from './given-when-then';
import { ManualClock, SequentialIds } from '../index';

type Command = { type: 'Add'; amount: number };
type Event = { type: 'Added'; amount: number };
type State = { total: number };

const counter: Decider<Command, Event, State> = {
  initialState: () => ({ total: 0 }),
  decide: (command, state) => {
    if (state.total + command.amount > 10) throw new DomainError('limit-exceeded', 'invalid', 'Too much');
    return [{ type: 'Added', amount: command.amount }];
  },
  evolve: (state, event) => ({ total: state.total + event.amount }),
};

describe('given/when/then for deciders', () => {
  it('passes when decide returns the expected events', () => {
    given(counter)([{ type: 'Added', amount: 4 }])
      .when({ type: 'Add', amount: 5 })
      .then([{ type: 'Added', amount: 5 }]);
  });

  it('fails, showing both, when the events differ', () => {
    expect(() =>
      given(counter)([])
        .when({ type: 'Add', amount: 5 })
        .then([{ type: 'Added', amount: 6 }]),
    ).toThrow(/Expected events/);
  });

  it('passes when the history makes decide refuse with the named error', () => {
    given(counter)([{ type: 'Added', amount: 8 }])
      .when({ type: 'Add', amount: 5 })
      .thenThrows('limit-exceeded');
  });

  it('fails when decide refuses with another error or does not refuse', () => {
    expect(() =>
      given(counter)([{ type: 'Added', amount: 8 }])
        .when({ type: 'Add', amount: 5 })
        .thenThrows('other'),
    ).toThrow(/Expected DomainError 'other'/);
    expect(() => given(counter)([]).when({ type: 'Add', amount: 1 }).thenThrows('limit-exceeded')).toThrow(
      /but decide returned/,
    );
  });
});

describe('a command that changes nothing', () => {
  const idempotentCounter: Decider<Command, Event, State> = {
    ...counter,
    decide: (command, state) => (state.total >= command.amount ? [] : counter.decide(command, state)),
  };

  it('passes thenNothingHappened when decide returns no event, and fails when it returns some', () => {
    given(idempotentCounter)([{ type: 'Added', amount: 4 }])
      .when({ type: 'Add', amount: 3 })
      .thenNothingHappened();
    expect(() => given(idempotentCounter)([]).when({ type: 'Add', amount: 3 }).thenNothingHappened()).toThrow(
      /Expected no events/,
    );
  });
});

describe('injected time and ids', () => {
  it('moves a manual clock only when told', () => {
    const clock = new ManualClock('2026-11-27T10:00:00.000Z');
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2026-11-27T10:00:01.500Z');
  });

  it('hands out predictable ids', () => {
    const ids = new SequentialIds('matter');
    expect([ids.next(), ids.next()]).toEqual(['matter-1', 'matter-2']);
  });
});
