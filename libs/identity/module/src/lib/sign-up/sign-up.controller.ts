import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { signUpRequest } from '@lexport/identity-published';
import type { SignUpAccepted } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { SignUpCommand } from './sign-up.handler';

class SignUpBody extends createZodDto(signUpRequest) {}

/** People create their own client account from the sign-in page, when the legal team allows it. */
@IdentityController('sign-ups', Public())
export class SignUpController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @ThrottleLikeSignIn()
  @ApiOperation({
    summary:
      'Sign up as a client; a link to confirm the address is emailed (the answer is the same if the address already has an account)',
  })
  signUp(@Body() body: SignUpBody, @CommandMetadata() context: CommandContext): Promise<SignUpAccepted> {
    return this.commands.execute(new SignUpCommand(body, context));
  }
}
