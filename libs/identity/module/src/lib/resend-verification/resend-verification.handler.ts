import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import { LEXPORT_CONFIG } from '@lexport/shared-platform';
import type { CommandContext, LexportConfig } from '@lexport/shared-platform';
import type { SignUpAccepted } from '@lexport/identity-published';
import { hoursAfter } from '../links/link-expiry';
import { verificationSent } from '../sign-up/verification-sent';
import { UserAccounts } from '../users/user-accounts';

export class ResendVerificationCommand extends Command<SignUpAccepted> {
  constructor(
    readonly email: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** A new verification id: the link it signs replaces the older ones. */
@CommandHandler(ResendVerificationCommand)
export class ResendVerificationHandler implements ICommandHandler<ResendVerificationCommand, SignUpAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async execute({ email, context }: ResendVerificationCommand): Promise<SignUpAccepted> {
    const userId = await this.accounts.emailOwner(email);
    if (!userId || (await this.accounts.state(userId)).status !== 'unverified') return verificationSent;
    const now = this.accounts.clock.now();
    const verification = {
      verificationId: randomUUID(),
      expiresAt: hoursAfter(now, this.config.emailVerificationHours),
      at: now.toISOString(),
    };
    await this.accounts.execute(
      userId,
      { type: 'ResendVerification', data: verification },
      { ...context, actor: userId },
    );
    return verificationSent;
  }
}
