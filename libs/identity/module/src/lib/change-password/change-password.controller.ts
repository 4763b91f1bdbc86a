import { Body, Put, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { changePasswordRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import type { SessionRequest } from '../sessions/session.guard';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { ChangePasswordCommand } from './change-password.handler';

class ChangePasswordBody extends createZodDto(changePasswordRequest) {}

@IdentityController('session')
export class ChangePasswordController {
  constructor(private readonly commands: CommandBus) {}

  @Put('password')
  @ThrottleLikeSignIn()
  @ApiOperation({ summary: 'Change one’s own password; other sessions of the account end' })
  change(
    @Body() body: ChangePasswordBody,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: SessionRequest,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ChangePasswordCommand(body, user, request.sessionToken, context));
  }
}
