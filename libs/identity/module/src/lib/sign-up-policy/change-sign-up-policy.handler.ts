import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { signUpPolicyRequest } from '@lexport/identity-published';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { Organizations } from '../organizations/organizations';
import { SignedInCommand } from '../signed-in-command';

export class ChangeSignUpPolicyCommand extends SignedInCommand<z.infer<typeof signUpPolicyRequest>> {}

@CommandHandler(ChangeSignUpPolicyCommand)
export class ChangeSignUpPolicyHandler implements ICommandHandler<ChangeSignUpPolicyCommand, CommandAccepted> {
  constructor(private readonly organizations: Organizations) {}

  async execute(command: ChangeSignUpPolicyCommand): Promise<CommandAccepted> {
    const outcome = await this.organizations.changeSignUpPolicy(
      { type: 'ChangeSignUpPolicy', data: { ...command.input, by: command.sender.id, at: this.organizations.now() } },
      command.asSender(),
    );
    return accepted('sign-up-policy', outcome);
  }
}
