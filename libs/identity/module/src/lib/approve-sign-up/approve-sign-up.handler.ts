import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { accepted } from '../command-accepted';
import { Organizations } from '../organizations/organizations';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class ApproveSignUpCommand extends AccountCommand {
  constructor(
    userId: string,
    readonly organizationId: string,
    admin: AuthenticatedUser,
    context: CommandContext,
  ) {
    super(userId, admin, context);
  }
}

/** Only an admin can say which client organization a person belongs to; it must exist. */
@CommandHandler(ApproveSignUpCommand)
export class ApproveSignUpHandler implements ICommandHandler<ApproveSignUpCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organizations: Organizations,
  ) {}

  async execute(command: ApproveSignUpCommand): Promise<CommandAccepted> {
    await this.organizations.mustExist(command.organizationId);
    const approval = { organizationId: command.organizationId, by: command.admin.id, at: this.accounts.now() };
    return accepted(
      command.userId,
      await this.accounts.execute(command.userId, { type: 'ApproveSignUp', data: approval }, command.asAdmin()),
    );
  }
}
