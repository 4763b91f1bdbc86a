import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { accepted } from '../command-accepted';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class DeclineSignUpCommand extends AccountCommand {}

/** The address is given back by the releaseEmailOfClosedAccount workflow. */
@CommandHandler(DeclineSignUpCommand)
export class DeclineSignUpHandler implements ICommandHandler<DeclineSignUpCommand, CommandAccepted> {
  constructor(private readonly accounts: UserAccounts) {}

  async execute(command: DeclineSignUpCommand): Promise<CommandAccepted> {
    return accepted(
      command.userId,
      await this.accounts.execute(
        command.userId,
        { type: 'DeclineSignUp', data: { by: command.admin.id, at: this.accounts.now() } },
        command.asAdmin(),
      ),
    );
  }
}
