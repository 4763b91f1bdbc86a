import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { accepted } from '../command-accepted';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class ReactivateUserCommand extends AccountCommand {}

@CommandHandler(ReactivateUserCommand)
export class ReactivateUserHandler implements ICommandHandler<ReactivateUserCommand, CommandAccepted> {
  constructor(private readonly accounts: UserAccounts) {}

  async execute(command: ReactivateUserCommand): Promise<CommandAccepted> {
    return accepted(
      command.userId,
      await this.accounts.execute(
        command.userId,
        { type: 'ReactivateUser', data: { by: command.admin.id, at: this.accounts.now() } },
        command.asAdmin(),
      ),
    );
  }
}
