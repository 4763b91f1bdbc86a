import { Body, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { updateProfileRequest } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { UpdateProfileCommand } from './update-profile.handler';

class UpdateProfileBody extends createZodDto(updateProfileRequest) {}

@IdentityController('session')
export class UpdateProfileController {
  constructor(private readonly commands: CommandBus) {}

  @Put('profile')
  @ApiOperation({ summary: "Change one's own name and language (emails follow the language)" })
  updateProfile(
    @Body() body: UpdateProfileBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new UpdateProfileCommand(body, user, context));
  }
}
