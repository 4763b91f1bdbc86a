import { Delete, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { ReactivateUserCommand } from './reactivate-user.handler';

@IdentityController('users', RequireRoles('admin'))
export class ReactivateUserController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':userId/deactivation')
  @ApiOperation({ summary: 'Reactivate a deactivated account' })
  reactivate(
    @Param() params: UserIdParams,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ReactivateUserCommand(params.userId, admin, context));
  }
}
