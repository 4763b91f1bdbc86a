import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { emailVerificationRequest } from '@lexport/identity-published';
import type { EmailVerified } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { VerifyEmailCommand } from './verify-email.handler';

class EmailVerificationBody extends createZodDto(emailVerificationRequest) {}

@IdentityController('email-verifications', Public())
export class VerifyEmailController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ThrottleLikeSignIn()
  @ApiOperation({
    summary: 'Confirm an email address with the emailed link; the account becomes active or waits for approval',
  })
  verify(@Body() body: EmailVerificationBody, @CommandMetadata() context: CommandContext): Promise<EmailVerified> {
    return this.commands.execute(new VerifyEmailCommand(body.userId, body.token, body.password, context));
  }
}
