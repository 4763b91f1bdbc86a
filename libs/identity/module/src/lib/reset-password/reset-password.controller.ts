import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { completePasswordResetRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { ResetPasswordCommand } from './reset-password.handler';

class CompletePasswordResetBody extends createZodDto(completePasswordResetRequest) {}

@IdentityController('password-resets')
export class ResetPasswordController {
  constructor(private readonly commands: CommandBus) {}

  @Post('complete')
  @Public()
  @HttpCode(200)
  @ThrottleLikeSignIn()
  @ApiOperation({ summary: 'Choose a new password with a reset link; every session of the account ends' })
  complete(
    @Body() body: CompletePasswordResetBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ResetPasswordCommand(body, context));
  }
}
