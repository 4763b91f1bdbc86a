import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '@lexport/shared-ddd';
import { idCreatedBy, LEXPORT_CONFIG } from '@lexport/shared-platform';
import type { CommandContext, LexportConfig } from '@lexport/shared-platform';
import type { signUpRequest, SignUpAccepted } from '@lexport/identity-published';
import { admitSignUp, signUpMustBeAdmitted } from '@lexport/identity-domain';
import type { z } from 'zod';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept } from '../credentials/passwords';
import { hoursAfter } from '../links/link-expiry';
import { Organizations } from '../organizations/organizations';
import { UserAccounts } from '../users/user-accounts';
import { verificationSent } from './verification-sent';

export class SignUpCommand extends Command<SignUpAccepted> {
  constructor(
    readonly input: z.infer<typeof signUpRequest>,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/**
 * The answer never says whether an address already has an account: its owner gets an email instead (SignUpAttempted).
 * The password is stored before the account's first event, so that confirming the address is enough to sign in.
 */
@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand, SignUpAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organizations: Organizations,
    private readonly credentials: CredentialStore,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async execute({ input, context }: SignUpCommand): Promise<SignUpAccepted> {
    const admission = signUpMustBeAdmitted(
      admitSignUp(await this.organizations.signUpPolicy(), await this.organizations.organizationOfEmail(input.email)),
    );
    policyMustAccept(input.password, input, 'password');
    // Hashed before anything else so that a known address costs the same time as a new one.
    const passwordHash = await hashPassword(input.password);
    const userId = idCreatedBy(context, 'user');
    const as = { ...context, actor: `sign-up:${userId}` };
    try {
      await this.accounts.claimEmail(input.email, userId, as);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'email-taken') throw error;
      await this.tellOwner(input.email, context);
      return verificationSent;
    }
    await this.credentials.setPasswordHash(userId, passwordHash, this.accounts.clock.now());
    const now = this.accounts.clock.now();
    const { email, name, language, organizationName } = input;
    const { organizationId, approvalRequired } = admission;
    const verification = {
      verificationId: randomUUID(),
      expiresAt: hoursAfter(now, this.config.emailVerificationHours),
      at: now.toISOString(),
    };
    await this.accounts.execute(
      userId,
      {
        type: 'SignUp',
        data: { userId, email, name, language, organizationName, organizationId, approvalRequired, ...verification },
      },
      as,
    );
    return verificationSent;
  }

  private async tellOwner(email: string, context: CommandContext): Promise<void> {
    const ownerId = await this.accounts.emailOwner(email);
    if (!ownerId) return;
    try {
      await this.accounts.execute(
        ownerId,
        { type: 'RecordSignUpAttempt', data: { at: this.accounts.now() } },
        { ...context, actor: 'sign-up' },
      );
    } catch (error) {
      // The owner vanished between the claim and now (a crashed command's claim being taken over): the answer stays the same.
      if (!(error instanceof DomainError) || error.code !== 'user-not-found') throw error;
    }
  }
}
