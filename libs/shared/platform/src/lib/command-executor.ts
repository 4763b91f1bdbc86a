import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@lexport/shared-ddd';
import type { Clock, Decider } from '@lexport/shared-ddd';
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

/**
 * The whole of a command handler's work: read the stream, fold it, decide, append with the expected revision.
 * Event ids derive from the command id, so a retried command writes nothing twice.
 */
@Injectable()
export class CommandExecutor {
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
    // Another command on the same stream may win the race; deciding again on the new state is what the user
    // wants unless the rules now refuse, which decide() then says.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(decider, streamName, command, context, options);
      } catch (error) {
        if (!(error instanceof ConcurrencyError) || attempt >= 3) throw error;
      }
    }
  }

  private async attempt<Command, Event extends DomainEvent, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: CommandContext,
    options: ExecuteOptions,
  ): Promise<CommandOutcome<Event>> {
    const history = await this.events.readStream(streamName);
    const last = history[history.length - 1];
    const earlier = history.filter((event) => event.metadata.causationId === context.commandId);
    if (earlier.length > 0) {
      const lastOfCommand = earlier[earlier.length - 1] as RecordedEvent;
      return { revision: lastOfCommand.revision, position: lastOfCommand.position, events: earlier as unknown as Event[], replayed: true };
    }
    const state = fold(decider, history as unknown as Event[]);
    const decided = decider.decide(command, state);
    if (decided.length === 0) return { revision: last?.revision ?? -1, position: last?.position ?? 0, events: [], replayed: false };
    const occurredAt = this.clock.now().toISOString();
    const toAppend: NewEvent[] = decided.map((event, index) => ({
      // One command may write to several streams (an email claim and a user); ids stay unique per stream.
      id: uuidFromName(`${context.commandId}/${streamName}/${index}`),
      type: event.type,
      data: event.data,
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.commandId,
        occurredAt,
        schemaVersion: options.schemaVersions?.[event.type] ?? 1,
      },
    }));
    const result = await this.events.appendToStream(streamName, toAppend, { expectedRevision: last ? last.revision : 'no_stream' });
    return { revision: result.nextExpectedRevision, position: result.position, events: decided, replayed: false };
  }
}
