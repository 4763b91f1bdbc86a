import { HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { DeactivateUserCommand } from './deactivate-user.handler';

@IdentityController('users', RequireRoles('admin'))
export class DeactivateUserController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':userId/deactivation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate an account: it can no longer sign in and its sessions end' })
  deactivate(
    @Param() params: UserIdParams,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new DeactivateUserCommand(params.userId, admin, context));
  }
}
