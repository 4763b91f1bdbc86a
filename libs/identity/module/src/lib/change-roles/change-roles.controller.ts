import { Body, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { changeRolesRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { ChangeRolesCommand } from './change-roles.handler';

class ChangeRolesBody extends createZodDto(changeRolesRequest) {}

@IdentityController('users', RequireRoles('admin'))
export class ChangeRolesController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':userId/roles')
  @ApiOperation({ summary: "Change a user's roles and client organization; it takes effect on their next request" })
  changeRoles(
    @Param() params: UserIdParams,
    @Body() body: ChangeRolesBody,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ChangeRolesCommand(params.userId, body, admin, context));
  }
}
