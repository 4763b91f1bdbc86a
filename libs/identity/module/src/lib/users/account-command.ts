import { Command } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';

/** An admin's command on one account: whose account, which admin, and the request's metadata. */
export abstract class AccountCommand extends Command<CommandAccepted> {
  constructor(
    readonly userId: string,
    readonly admin: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }

  /** The events' metadata: the admin is their actor. */
  asAdmin(): CommandContext {
    return { ...this.context, actor: this.admin.id };
  }
}
