import { HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { DeclineSignUpCommand } from './decline-sign-up.handler';

@IdentityController('users', RequireRoles('admin'))
export class DeclineSignUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':userId/sign-up/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a sign-up; the account never opens and the address is free again' })
  decline(
    @Param() params: UserIdParams,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new DeclineSignUpCommand(params.userId, admin, context));
  }
}
