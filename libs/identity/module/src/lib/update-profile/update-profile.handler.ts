import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { updateProfileRequest } from '@lexport/identity-published';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { SignedInCommand } from '../signed-in-command';
import { UserAccounts } from '../users/user-accounts';

export class UpdateProfileCommand extends SignedInCommand<z.infer<typeof updateProfileRequest>> {}

@CommandHandler(UpdateProfileCommand)
export class UpdateProfileHandler implements ICommandHandler<UpdateProfileCommand, CommandAccepted> {
  constructor(private readonly accounts: UserAccounts) {}

  async execute(command: UpdateProfileCommand): Promise<CommandAccepted> {
    const userId = command.sender.id;
    return accepted(
      userId,
      await this.accounts.execute(
        userId,
        { type: 'UpdateProfile', data: { ...command.input, at: this.accounts.now() } },
        command.asSender(),
      ),
    );
  }
}
