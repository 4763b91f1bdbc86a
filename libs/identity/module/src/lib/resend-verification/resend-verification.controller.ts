import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { resendVerificationRequest } from '@lexport/identity-published';
import type { SignUpAccepted } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { ResendVerificationCommand } from './resend-verification.handler';

class ResendVerificationBody extends createZodDto(resendVerificationRequest) {}

@IdentityController('email-verifications', Public())
export class ResendVerificationController {
  constructor(private readonly commands: CommandBus) {}

  @Post('resend')
  @HttpCode(202)
  @ThrottleLikeSignIn()
  @ApiOperation({
    summary:
      'Email a new confirmation link if this address signed up and is not confirmed yet (the answer is the same either way)',
  })
  resend(@Body() body: ResendVerificationBody, @CommandMetadata() context: CommandContext): Promise<SignUpAccepted> {
    return this.commands.execute(new ResendVerificationCommand(body.email, context));
  }
}
