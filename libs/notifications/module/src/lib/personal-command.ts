import { Command } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { CommandContext, CommandOutcome } from '@lexport/shared-platform';

/** What a signed-in person does to their own inbox or preferences: their id names the stream and is the events' actor. */
export abstract class PersonalCommand<Input> extends Command<CommandAccepted> {
  constructor(
    readonly input: Input,
    readonly userId: string,
    readonly context: CommandContext,
  ) {
    super();
  }

  asPerson(): CommandContext {
    return { ...this.context, actor: this.userId };
  }

  /** The answer names the person, since their stream is what changed. */
  accepted(outcome: Pick<CommandOutcome<unknown>, 'revision' | 'position'>): CommandAccepted {
    return { id: this.userId, revision: outcome.revision, position: outcome.position };
  }
}
