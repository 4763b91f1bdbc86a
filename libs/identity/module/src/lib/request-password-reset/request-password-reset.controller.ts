import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { requestPasswordResetRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { RequestPasswordResetCommand } from './request-password-reset.handler';

class RequestPasswordResetBody extends createZodDto(requestPasswordResetRequest) {}

/** Asking for a reset answers the same whether or not the address has an account. */
@IdentityController('password-resets')
export class RequestPasswordResetController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Public()
  @HttpCode(202)
  @ThrottleLikeSignIn()
  @ApiOperation({
    summary:
      'Email a password reset link to this address if it has an active account (the answer is the same either way)',
  })
  request(@Body() body: RequestPasswordResetBody, @CommandMetadata() context: CommandContext): Promise<void> {
    return this.commands.execute(new RequestPasswordResetCommand(body.email, context));
  }
}
