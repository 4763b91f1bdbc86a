import { Body, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, Public } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { acceptInvitationRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { AcceptInvitationCommand } from './accept-invitation.handler';

class AcceptInvitationBody extends createZodDto(acceptInvitationRequest) {}

@IdentityController('invitations', Public())
export class AcceptInvitationController {
  constructor(private readonly commands: CommandBus) {}

  @Post('accept')
  @HttpCode(200)
  @ThrottleLikeSignIn()
  @ApiOperation({ summary: 'Accept an invitation by choosing a password; the account becomes active' })
  accept(@Body() body: AcceptInvitationBody, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    return this.commands.execute(new AcceptInvitationCommand(body, context));
  }
}
