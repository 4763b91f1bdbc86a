import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { TokenSigner } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { passwordResetTokenPurpose } from '@lexport/identity-published';
import type { completePasswordResetRequest } from '@lexport/identity-published';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept } from '../credentials/passwords';
import { UserAccounts } from '../users/user-accounts';

export class ResetPasswordCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: z.infer<typeof completePasswordResetRequest>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(ResetPasswordCommand)
export class ResetPasswordHandler implements ICommandHandler<ResetPasswordCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
  ) {}

  async execute({ input, context }: ResetPasswordCommand): Promise<CommandAccepted> {
    const state = await this.accounts.state(input.userId);
    const pending = state.status === 'active' ? state.pendingReset : null;
    if (
      state.status !== 'active' ||
      !pending ||
      !this.signer.verify(input.token, passwordResetTokenPurpose, input.userId, pending.resetId)
    ) {
      throw new DomainError(
        'reset-link-invalid',
        'invalid',
        'This password reset link is not valid. Ask for a new one.',
      );
    }
    policyMustAccept(input.password, state, 'password');
    const passwordHash = await hashPassword(input.password);
    const outcome = await this.accounts.execute(
      input.userId,
      { type: 'ResetPassword', data: { resetId: pending.resetId, at: this.accounts.now() } },
      { ...context, actor: input.userId },
    );
    await this.credentials.setPasswordHash(input.userId, passwordHash, this.accounts.clock.now());
    await this.credentials.closeSessionsOf(input.userId);
    return accepted(input.userId, outcome);
  }
}
