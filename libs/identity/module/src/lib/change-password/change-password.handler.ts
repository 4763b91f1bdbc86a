import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import type { changePasswordRequest } from '@lexport/identity-published';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept, verifyPassword } from '../credentials/passwords';
import { UserAccounts } from '../users/user-accounts';

export class ChangePasswordCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: z.infer<typeof changePasswordRequest>,
    readonly user: AuthenticatedUser,
    /** The session the change is made from: it stays open, every other one ends. */
    readonly sessionToken: string | undefined,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
  ) {}

  async execute({ input, user, sessionToken, context }: ChangePasswordCommand): Promise<CommandAccepted> {
    const current = await this.credentials.passwordHashOf(user.id);
    if (!current || !(await verifyPassword(input.currentPassword, current))) {
      throw new DomainError('current-password-wrong', 'invalid', 'The current password is not right.', {
        field: 'currentPassword',
      });
    }
    policyMustAccept(input.newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    const outcome = await this.accounts.execute(
      user.id,
      { type: 'ChangePassword', data: { reason: 'changed', at: this.accounts.now() } },
      { ...context, actor: user.id },
    );
    await this.credentials.setPasswordHash(user.id, passwordHash, this.accounts.clock.now());
    await this.credentials.closeSessionsOf(user.id, sessionToken);
    return accepted(user.id, outcome);
  }
}
