import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { accepted } from '../command-accepted';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class RevokeInvitationCommand extends AccountCommand {}

/** The address is given back by the releaseEmailOfClosedAccount workflow. */
@CommandHandler(RevokeInvitationCommand)
export class RevokeInvitationHandler implements ICommandHandler<RevokeInvitationCommand, CommandAccepted> {
  constructor(private readonly accounts: UserAccounts) {}

  async execute(command: RevokeInvitationCommand): Promise<CommandAccepted> {
    return accepted(
      command.userId,
      await this.accounts.execute(
        command.userId,
        { type: 'RevokeInvitation', data: { by: command.admin.id, at: this.accounts.now() } },
        command.asAdmin(),
      ),
    );
  }
}
