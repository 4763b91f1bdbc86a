import { Command } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';

/** A command a signed-in person sends with a body: what they asked, who they are, and the request's metadata. */
export abstract class SignedInCommand<Input> extends Command<CommandAccepted> {
  constructor(
    readonly input: Input,
    readonly sender: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }

  /** The events' metadata: the sender is their actor. */
  asSender(): CommandContext {
    return { ...this.context, actor: this.sender.id };
  }
}
