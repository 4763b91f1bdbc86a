import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { TokenSigner } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { invitationTokenPurpose } from '@lexport/identity-published';
import type { acceptInvitationRequest } from '@lexport/identity-published';
import type { UserState } from '@lexport/identity-domain';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept } from '../credentials/passwords';
import { linkWasIssued } from '../links/issued-links';
import { UserAccounts } from '../users/user-accounts';

export class AcceptInvitationCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: z.infer<typeof acceptInvitationRequest>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(AcceptInvitationCommand)
export class AcceptInvitationHandler implements ICommandHandler<AcceptInvitationCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
  ) {}

  async execute({ input, context }: AcceptInvitationCommand): Promise<CommandAccepted> {
    const state = await this.accounts.state(input.userId);
    if (
      state.status !== 'invited' ||
      !this.signer.verify(input.token, invitationTokenPurpose, input.userId, state.invitationId)
    )
      throw await this.whyTheLinkFails(input, state);
    policyMustAccept(input.password, state, 'password');
    const passwordHash = await hashPassword(input.password);
    // Append first: the decider makes the invitation single-use even when two tabs submit at once.
    const outcome = await this.accounts.execute(
      input.userId,
      { type: 'AcceptInvitation', data: { invitationId: state.invitationId, at: this.accounts.now() } },
      { ...context, actor: input.userId },
    );
    if (!outcome.replayed)
      await this.credentials.setPasswordHash(input.userId, passwordHash, this.accounts.clock.now());
    return accepted(input.userId, outcome);
  }

  /** Only a link the portal once emailed learns what became of the invitation. */
  private async whyTheLinkFails(
    input: z.infer<typeof acceptInvitationRequest>,
    state: UserState,
  ): Promise<DomainError> {
    const genuine =
      state.status !== 'invited' &&
      (await linkWasIssued(this.accounts, this.signer, 'invitation', input.userId, input.token));
    if (genuine && (state.status === 'active' || state.status === 'deactivated'))
      return new DomainError(
        'invitation-already-used',
        'conflict',
        'This invitation has already been used. Sign in instead.',
      );
    if (genuine && state.status === 'invitation-revoked')
      return new DomainError('invitation-revoked', 'conflict', 'This invitation was withdrawn by the legal team.');
    return new DomainError(
      'invitation-invalid',
      'invalid',
      'This invitation link is not valid. Use the link in the latest email.',
    );
  }
}
