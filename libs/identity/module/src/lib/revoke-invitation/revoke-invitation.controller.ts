import { Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { RevokeInvitationCommand } from './revoke-invitation.handler';

@IdentityController('users', RequireRoles('admin'))
export class RevokeInvitationController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':userId/invitation')
  @ApiOperation({ summary: 'Withdraw an invitation; its link stops working and the address is free again' })
  revoke(
    @Param() params: UserIdParams,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new RevokeInvitationCommand(params.userId, admin, context));
  }
}
