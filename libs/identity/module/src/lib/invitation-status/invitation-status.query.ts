import { QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { TokenSigner } from '@lexport/shared-platform';
import { invitationTokenPurpose } from '@lexport/identity-published';
import type { InvitationView } from '@lexport/identity-published';
import { linkWasIssued } from '../links/issued-links';
import { LinkStatusQuery } from '../links/link-status-query';
import { UserAccounts } from '../users/user-accounts';

export class InvitationStatusQuery extends LinkStatusQuery<InvitationView> {}

@QueryHandler(InvitationStatusQuery)
export class InvitationStatusHandler implements IQueryHandler<InvitationStatusQuery, InvitationView> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly signer: TokenSigner,
  ) {}

  async execute({ userId, token }: InvitationStatusQuery): Promise<InvitationView> {
    const state = await this.accounts.state(userId);
    if (state.status === 'invited' && this.signer.verify(token, invitationTokenPurpose, userId, state.invitationId)) {
      const expired = Date.parse(state.invitationExpiresAt) <= Date.parse(this.accounts.now());
      return {
        status: expired ? 'expired' : 'valid',
        email: state.email,
        name: state.name,
        expiresAt: state.invitationExpiresAt,
      };
    }
    // Only a link that was once genuine learns what became of it; anything else is just invalid.
    if (state.status === 'invited' || !(await linkWasIssued(this.accounts, this.signer, 'invitation', userId, token)))
      return { status: 'invalid' };
    return { status: state.status === 'invitation-revoked' ? 'revoked' : 'used' };
  }
}
