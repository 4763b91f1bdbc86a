import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { adminMayNotDeactivateThemselves } from '@lexport/identity-domain';
import { accepted } from '../command-accepted';
import { CredentialStore } from '../credentials/credential-store';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class DeactivateUserCommand extends AccountCommand {}

@CommandHandler(DeactivateUserCommand)
export class DeactivateUserHandler implements ICommandHandler<DeactivateUserCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
  ) {}

  async execute(command: DeactivateUserCommand): Promise<CommandAccepted> {
    adminMayNotDeactivateThemselves(command.admin.id, command.userId);
    const outcome = await this.accounts.execute(
      command.userId,
      { type: 'DeactivateUser', data: { by: command.admin.id, at: this.accounts.now() } },
      command.asAdmin(),
    );
    await this.credentials.closeSessionsOf(command.userId);
    return accepted(command.userId, outcome);
  }
}
