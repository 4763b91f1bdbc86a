import { HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { ResendInvitationCommand } from './resend-invitation.handler';

@IdentityController('users', RequireRoles('admin'))
export class ResendInvitationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':userId/invitation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the invitation again with a new link (older links stop working)' })
  resend(
    @Param() params: UserIdParams,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ResendInvitationCommand(params.userId, admin, context));
  }
}
