import { Body, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { approveSignUpRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { ApproveSignUpCommand } from './approve-sign-up.handler';

class ApproveSignUpBody extends createZodDto(approveSignUpRequest) {}

@IdentityController('users', RequireRoles('admin'))
export class ApproveSignUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':userId/sign-up/approval')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Approve a confirmed sign-up into a client organization; the person can sign in and is told by email',
  })
  approve(
    @Param() params: UserIdParams,
    @Body() body: ApproveSignUpBody,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ApproveSignUpCommand(params.userId, body.organizationId, admin, context));
  }
}
