import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@lexport/shared-ddd';
import { TokenSigner } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { emailVerificationTokenPurpose } from '@lexport/identity-published';
import type { EmailVerified } from '@lexport/identity-published';
import { CredentialStore } from '../credentials/credential-store';
import { verifyPassword } from '../credentials/passwords';
import { linkWasIssued } from '../links/issued-links';
import { UserAccounts } from '../users/user-accounts';

export class VerifyEmailCommand extends Command<EmailVerified> {
  constructor(
    readonly userId: string,
    readonly token: string,
    readonly password: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

const verificationInvalid = () =>
  new DomainError(
    'verification-invalid',
    'invalid',
    'This confirmation link is not valid. Use the link in the latest email.',
  );

/**
 * Only a link the portal once emailed learns that the address is already confirmed. Confirming takes the password
 * chosen at sign-up as well: someone who signed up with another person's address cannot have that person confirm it
 * for them by clicking the emailed link.
 */
@CommandHandler(VerifyEmailCommand)
export class VerifyEmailHandler implements ICommandHandler<VerifyEmailCommand, EmailVerified> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly signer: TokenSigner,
    private readonly credentials: CredentialStore,
  ) {}

  async execute({ userId, token, password, context }: VerifyEmailCommand): Promise<EmailVerified> {
    const state = await this.accounts.state(userId);
    if (state.status !== 'unverified') {
      if (
        state.status !== 'sign-up-declined' &&
        (await linkWasIssued(this.accounts, this.signer, 'email-verification', userId, token))
      ) {
        throw new DomainError('email-already-verified', 'conflict', 'This email address is already confirmed.');
      }
      throw verificationInvalid();
    }
    if (!this.signer.verify(token, emailVerificationTokenPurpose, userId, state.verificationId))
      throw verificationInvalid();
    if (!(await verifyPassword(password, (await this.credentials.passwordHashOf(userId)) ?? ''))) {
      throw new DomainError(
        'verification-password-wrong',
        'invalid',
        'This is not the password chosen when signing up.',
        { field: 'password' },
      );
    }
    await this.accounts.execute(
      userId,
      { type: 'VerifyEmail', data: { verificationId: state.verificationId, at: this.accounts.now() } },
      { ...context, actor: userId },
    );
    return { status: state.approvalRequired ? 'awaiting-approval' : 'active' };
  }
}
