import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import type { Clock, Decider } from '@lexport/shared-ddd';
import type { WorkflowSender } from '@lexport/shared-projections';
import { ConcurrencyError } from '@lexport/shared-eventstore';
import type { EventStore, NewEvent, RecordedEvent } from '@lexport/shared-eventstore';
import type { CommandContext } from './command-context';
import { uuidFromName } from './command-context';
import { CLOCK, EVENT_STORE } from './tokens';

export interface DomainEvent {
  readonly type: string;
  readonly data: object;
}

export interface CommandOutcome<Event> {
  readonly revision: number;
  readonly position: number;
  readonly events: readonly Event[];
  /** True when this command had been handled before (same Idempotency-Key) and nothing new was written. */
  readonly replayed: boolean;
}

export interface ExecuteOptions {
  /** Current schema version of each event type written; 1 when not listed. */
  readonly schemaVersions?: Readonly<Record<string, number>>;
}

/** A stream folded up to a revision: what a command decides on. */
export interface AggregateStream<State> {
  readonly state: State;
  /** -1 for a stream with no events. */
  readonly revision: number;
  readonly position: number;
}

/** Folded states kept per decider; enough for the streams a busy portal touches within minutes. */
const foldedStreamsKept = 5000;
/** A command writes a handful of events per stream; more than this many is not a retry we can recognise. */
const eventsPerCommandRead = 256;

/**
 * The whole of a command handler's work: read the stream, fold it, decide, append with the expected revision.
 * Its cost does not grow with the stream: folded states are kept by stream and revision (only newer events are
 * read), a retried command is recognised by the id of its first event (ids derive from the command id), and commands
 * on one stream queue in this process instead of racing each other into concurrency errors.
 */
@Injectable()
export class CommandExecutor {
  private readonly folded = new WeakMap<object, Map<string, AggregateStream<unknown>>>();
  private readonly streamQueues = new Map<string, Promise<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: CommandContext,
    options: ExecuteOptions = {},
  ): Promise<CommandOutcome<Event>> {
    return this.queued(streamName, async () => {
      // Another process may still win the race; deciding again on the new state is what the user wants unless the
      // rules now refuse, which decide() then says.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await this.attempt(decider, streamName, command, context, options);
        } catch (error) {
          if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
        }
      }
    });
  }

  /** The stream folded with the decider, typed: the one place where recorded events become the decider's events. */
  async aggregateStream<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
  ): Promise<AggregateStream<State>> {
    const cache = this.cacheOf(decider);
    const known = cache.get(streamName) as AggregateStream<State> | undefined;
    const newer = await this.events.readStream(streamName, { fromRevision: (known?.revision ?? -1) + 1 });
    let current: AggregateStream<State> = known ?? { state: decider.initialState(), revision: -1, position: 0 };
    for (const event of newer)
      current = {
        state: decider.evolve(current.state, event as unknown as Event),
        revision: event.revision,
        position: event.position,
      };
    this.remember(cache, streamName, current);
    return current;
  }

  private async attempt<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: CommandContext,
    options: ExecuteOptions,
  ): Promise<CommandOutcome<Event>> {
    const earlier = await this.earlierOutcome<Event>(streamName, context.commandId);
    if (earlier) return earlier;
    const loaded = await this.aggregateStream(decider, streamName);
    const decided = decider.decide(command, loaded.state);
    if (decided.length === 0)
      return { revision: loaded.revision, position: loaded.position, events: [], replayed: false };
    const occurredAt = this.clock.now().toISOString();
    const toAppend: NewEvent[] = decided.map((event, index) => ({
      id: eventIdOf(context.commandId, streamName, index),
      type: event.type,
      data: event.data,
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.commandId,
        occurredAt,
        schemaVersion: options.schemaVersions?.[event.type] ?? decider.schemaVersions?.[event.type] ?? 1,
      },
    }));
    const expectedRevision = loaded.revision >= 0 ? loaded.revision : 'no_stream';
    const result = await this.events.appendToStream(streamName, toAppend, { expectedRevision });
    // The cache keeps only states folded from stored events: an append the store recognised as a retry of another
    // process's attempt (same event ids) wrote nothing of these events, so the next command reads what was stored.
    return { revision: result.nextExpectedRevision, position: result.position, events: decided, replayed: false };
  }

  /** What this command wrote to the stream the first time, found through its first event's id. */
  private async earlierOutcome<Event>(
    streamName: string,
    commandId: string,
  ): Promise<CommandOutcome<Event> | undefined> {
    const first = await this.events.findEvent(streamName, eventIdOf(commandId, streamName, 0));
    if (!first) return undefined;
    const following = await this.events.readStream(streamName, {
      fromRevision: first.revision,
      maxCount: eventsPerCommandRead,
    });
    const ofCommand: RecordedEvent[] = [];
    for (const event of following) {
      if (event.metadata.causationId !== commandId) break;
      ofCommand.push(event);
    }
    const last = ofCommand[ofCommand.length - 1] ?? first;
    return {
      revision: last.revision,
      position: last.position,
      events: ofCommand as unknown as Event[],
      replayed: true,
    };
  }

  private queued<T>(streamName: string, work: () => Promise<T>): Promise<T> {
    const previous = this.streamQueues.get(streamName) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.streamQueues.set(streamName, settled);
    void settled.then(() => {
      if (this.streamQueues.get(streamName) === settled) this.streamQueues.delete(streamName);
    });
    return next;
  }

  private cacheOf(decider: object): Map<string, AggregateStream<unknown>> {
    let cache = this.folded.get(decider);
    if (!cache) {
      cache = new Map();
      this.folded.set(decider, cache);
    }
    return cache;
  }

  /** Map order is insertion order: re-inserting marks a stream as recently used, the oldest goes first. */
  private remember(
    cache: Map<string, AggregateStream<unknown>>,
    streamName: string,
    folded: AggregateStream<unknown>,
  ): void {
    cache.delete(streamName);
    cache.set(streamName, folded);
    if (cache.size > foldedStreamsKept) cache.delete(cache.keys().next().value as string);
  }
}

/**
 * How workflows send commands: the key becomes the command id, so a batch replayed after a crash finds its commands
 * already applied. A domain refusal is the command's answer (logged, the workflow goes on); anything else fails the
 * lane, which retries the batch.
 */
export function workflowSender(executor: CommandExecutor): WorkflowSender {
  const logger = new Logger('Workflows');
  return async (command, { key, correlationId, actor }) => {
    try {
      await command.send(executor, { commandId: uuidFromName(key), correlationId, actor });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      logger.warn(`${actor} on ${command.streamName}: ${error.code} (${error.message})`);
    }
  };
}

/** One command may write to several streams (an email claim and a user); ids stay unique per stream. */
function eventIdOf(commandId: string, streamName: string, index: number): string {
  return uuidFromName(`${commandId}/${streamName}/${index}`);
}
