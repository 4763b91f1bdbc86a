import { QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import { TokenSigner } from '@lexport/shared-platform';
import { passwordResetTokenPurpose } from '@lexport/identity-published';
import type { PasswordResetView } from '@lexport/identity-published';
import { linkWasIssued } from '../links/issued-links';
import { LinkStatusQuery } from '../links/link-status-query';
import { UserAccounts } from '../users/user-accounts';

export class PasswordResetStatusQuery extends LinkStatusQuery<PasswordResetView> {}

@QueryHandler(PasswordResetStatusQuery)
export class PasswordResetStatusHandler implements IQueryHandler<PasswordResetStatusQuery, PasswordResetView> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly signer: TokenSigner,
  ) {}

  async execute({ userId, token }: PasswordResetStatusQuery): Promise<PasswordResetView> {
    const state = await this.accounts.state(userId);
    if (state.status !== 'active') return { status: 'invalid' };
    const pending = state.pendingReset;
    if (pending && this.signer.verify(token, passwordResetTokenPurpose, userId, pending.resetId)) {
      return { status: Date.parse(pending.expiresAt) <= this.accounts.clock.now().getTime() ? 'expired' : 'valid' };
    }
    // A genuine link with nothing pending was used (or overtaken by a password change); one replaced by a newer
    // request, or any other token, is invalid.
    if (!pending && (await linkWasIssued(this.accounts, this.signer, 'password-reset', userId, token)))
      return { status: 'used' };
    return { status: 'invalid' };
  }
}
