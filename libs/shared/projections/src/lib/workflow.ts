import type { Decider } from '@lexport/shared-ddd';
import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { Projection } from './projection';
import { defineProjection } from './projection';

/** What carries a workflow's commands: the command executor, seen from here without its framework. */
export interface WorkflowCommandPort {
  execute<Command, Event extends { readonly type: string; readonly data: object }, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
    command: Command,
    context: { readonly commandId: string; readonly correlationId: string; readonly actor: string },
  ): Promise<unknown>;
  aggregateStream<Command, Event extends { readonly type: string; readonly data: object }, State>(
    decider: Decider<Command, Event, State>,
    streamName: string,
  ): Promise<{ readonly state: State }>;
}

export interface WorkflowCommandContext {
  /**
   * Stable for one (workflow, event, command index): sending again after a crash is the same command, which the
   * executor recognises and does not apply twice.
   */
  readonly key: string;
  readonly correlationId: string;
  readonly actor: string;
}

/** A command a workflow sends to a stream, typed by the decider that handles it. */
export interface WorkflowCommand {
  readonly streamName: string;
  send(
    port: WorkflowCommandPort,
    context: { readonly commandId: string; readonly correlationId: string; readonly actor: string },
  ): Promise<unknown>;
}

export function commandTo<Command, Event extends { readonly type: string; readonly data: object }, State>(
  decider: Decider<Command, Event, State>,
  streamName: string,
  command: Command,
): WorkflowCommand {
  return { streamName, send: (port, context) => port.execute(decider, streamName, command, context) };
}

/**
 * A command sent only if a condition on the current state of some stream still holds when it is sent: a workflow
 * reacts to an event some time after it, and what the event implied ("give back the old name") may no longer be
 * true ("the category took that name back meanwhile").
 */
export function commandIf(
  stillWanted: (port: WorkflowCommandPort) => Promise<boolean>,
  command: WorkflowCommand,
): WorkflowCommand {
  return {
    streamName: command.streamName,
    send: async (port, context) => ((await stillWanted(port)) ? command.send(port, context) : undefined),
  };
}

/** Runs a workflow's command. A refusal by the domain rules is the command's answer, not a failure of the workflow. */
export type WorkflowSender = (command: WorkflowCommand, context: WorkflowCommandContext) => Promise<void>;

/**
 * A process manager: it follows events, keeps its own state per instance (a submission, a contract), and answers
 * events with commands. Declared like a projection and run on a projection lane; `react` sees the state before the
 * event, `evolve` gives the state after it. Both must be pure, so that a batch replayed after a crash sends the same
 * commands with the same keys.
 */
export interface Workflow<Event extends RecordedEvent, State> {
  /** lower_snake_case, unique among projections and workflows. */
  readonly name: string;
  readonly version: number;
  readonly eventTypes: readonly Event['type'][];
  /** The instance an event belongs to, or null when this event is not for the workflow after all. */
  instanceOf(event: Event): string | null;
  initialState(): State;
  evolve(state: State, event: Event): State;
  react(state: State, event: Event): readonly WorkflowCommand[];
}

interface InstanceDocument<State> extends ReadModelDocument {
  readonly state: State;
}

/**
 * The lane of a workflow. Like the email outbox it starts at the head of the store when first registered and is
 * never rebuilt: it acts on what happens from then on. Commands go out before the batch's state and checkpoint are
 * committed; a crash in between replays the batch and sends the same keys again, which the executor ignores.
 */
export function workflowLane<Event extends RecordedEvent, State>(
  workflow: Workflow<Event, State>,
  send: WorkflowSender,
): Projection {
  const instances = `${workflow.name}_instances`;
  return defineProjection({
    name: workflow.name,
    version: workflow.version,
    replay: 'never',
    // Its own collection: workflows are never replayed, so their collections carry no generation to keep them apart.
    collections: { [instances]: {} },
    eventTypes: workflow.eventTypes,
    async apply(recorded, writer) {
      const event = recorded as Event;
      const instanceId = workflow.instanceOf(event);
      if (instanceId === null) return;
      const state =
        (await writer.get<InstanceDocument<State>>(instances, instanceId))?.state ?? workflow.initialState();
      const commands = workflow.react(state, event);
      for (const [index, command] of commands.entries()) {
        await send(command, {
          key: `workflow/${workflow.name}/${event.id}/${index}`,
          correlationId: event.metadata.correlationId,
          actor: `system:${workflow.name}`,
        });
      }
      await writer.upsert(instances, {
        id: instanceId,
        state: workflow.evolve(state, event),
      } satisfies InstanceDocument<State>);
    },
  });
}
