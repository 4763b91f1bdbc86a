import { QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { TokenSigner } from '@lexport/shared-platform';
import { emailVerificationTokenPurpose } from '@lexport/identity-published';
import type { EmailVerificationView } from '@lexport/identity-published';
import { linkWasIssued } from '../links/issued-links';
import { LinkStatusQuery } from '../links/link-status-query';
import { UserAccounts } from '../users/user-accounts';

export class VerificationStatusQuery extends LinkStatusQuery<EmailVerificationView> {}

@QueryHandler(VerificationStatusQuery)
export class VerificationStatusHandler implements IQueryHandler<VerificationStatusQuery, EmailVerificationView> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly signer: TokenSigner,
  ) {}

  async execute({ userId, token }: VerificationStatusQuery): Promise<EmailVerificationView> {
    const state = await this.accounts.state(userId);
    if (
      state.status === 'unverified' &&
      this.signer.verify(token, emailVerificationTokenPurpose, userId, state.verificationId)
    ) {
      return {
        status: Date.parse(state.verificationExpiresAt) <= this.accounts.clock.now().getTime() ? 'expired' : 'valid',
      };
    }
    // Only a link that was once genuine learns that it was used; a replaced one, one of a declined or superseded
    // sign-up, or any other token, is invalid.
    if (
      state.status !== 'unverified' &&
      state.status !== 'sign-up-declined' &&
      (await linkWasIssued(this.accounts, this.signer, 'email-verification', userId, token))
    )
      return { status: 'used' };
    return { status: 'invalid' };
  }
}
