import { Body, Get, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, Public, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { signUpPolicyRequest } from '@lexport/identity-published';
import type { SignUpPolicyView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ChangeSignUpPolicyCommand } from './change-sign-up-policy.handler';
import { SignUpPolicyQuery } from './sign-up-policy.query';

class SignUpPolicyBody extends createZodDto(signUpPolicyRequest) {}

/** Whether the sign-in page offers "Sign up": anyone may ask; only admins change it. */
@IdentityController('sign-up-policy')
export class SignUpPolicyController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @Public()
  @ApiOperation({
    summary: 'The sign-up policy: disabled, open or allowed email domains, and whether an admin approves new accounts',
  })
  show(): Promise<SignUpPolicyView> {
    return this.queries.execute(new SignUpPolicyQuery());
  }

  @Put()
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Change the sign-up policy' })
  change(
    @Body() body: SignUpPolicyBody,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new ChangeSignUpPolicyCommand(body, admin, context));
  }
}
