import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import type { changeRolesRequest } from '@lexport/identity-published';
import { adminMayNotDropOwnAdminRole, rolesMustFit } from '@lexport/identity-domain';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { Organizations } from '../organizations/organizations';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class ChangeRolesCommand extends AccountCommand {
  constructor(
    userId: string,
    readonly input: z.infer<typeof changeRolesRequest>,
    admin: AuthenticatedUser,
    context: CommandContext,
  ) {
    super(userId, admin, context);
  }
}

@CommandHandler(ChangeRolesCommand)
export class ChangeRolesHandler implements ICommandHandler<ChangeRolesCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organizations: Organizations,
  ) {}

  async execute(command: ChangeRolesCommand): Promise<CommandAccepted> {
    const { userId, input, admin } = command;
    rolesMustFit(input.roles, input.organizationId);
    adminMayNotDropOwnAdminRole(admin.id, userId, input.roles);
    if (input.organizationId) await this.organizations.mustExist(input.organizationId);
    return accepted(
      userId,
      await this.accounts.execute(
        userId,
        { type: 'ChangeRoles', data: { ...input, by: admin.id, at: this.accounts.now() } },
        command.asAdmin(),
      ),
    );
  }
}
