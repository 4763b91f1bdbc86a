import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { DomainError } from '@lexport/shared-ddd';
import { CommandMetadata, idCreatedBy, LEXPORT_CONFIG, Public, TokenSigner } from '@lexport/shared-platform';
import type { CommandContext, LexportConfig } from '@lexport/shared-platform';
import { emailVerificationRequest, emailVerificationTokenPurpose, invitationQuery, resendVerificationRequest, signUpRequest, userIdParams } from '@lexport/identity-published';
import type { EmailVerificationView, EmailVerified, SignUpAccepted } from '@lexport/identity-published';
import { admitSignUp, signUpMustBeAdmitted } from '@lexport/identity-domain';
import { createZodDto } from 'nestjs-zod';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept } from '../credentials/passwords';
import { Organizations } from '../organizations/organizations';
import { signInAttemptsPerMinute } from '../sessions/session.controller';
import { linkWasIssued } from '../links/issued-links';
import { UserAccounts } from '../users/user-accounts';

class SignUpBody extends createZodDto(signUpRequest) {}
class EmailVerificationBody extends createZodDto(emailVerificationRequest) {}
class ResendVerificationBody extends createZodDto(resendVerificationRequest) {}
class UserIdParams extends createZodDto(userIdParams) {}
class TokenQuery extends createZodDto(invitationQuery) {}

const verificationSent: SignUpAccepted = { status: 'verification-sent' };

/**
 * People create their own client account from the sign-in page, when the legal team allows it. The answer never says
 * whether an address already has an account: its owner gets an email instead.
 */
@ApiTags('identity')
@Public()
@Controller('identity')
export class SignUpController {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organizations: Organizations,
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Post('sign-ups')
  @HttpCode(202)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Sign up as a client; a link to confirm the address is emailed (the answer is the same if the address already has an account)' })
  async signUp(@Body() body: SignUpBody, @CommandMetadata() context: CommandContext): Promise<SignUpAccepted> {
    const admission = signUpMustBeAdmitted(admitSignUp(await this.organizations.signUpPolicy(), await this.organizations.organizationOfEmail(body.email)));
    policyMustAccept(body.password, body, 'password');
    // Hashed before anything else so that a known address costs the same time as a new one.
    const passwordHash = await hashPassword(body.password);
    const userId = idCreatedBy(context, 'user');
    const as = { ...context, actor: `sign-up:${userId}` };
    try {
      await this.accounts.claimEmail(body.email, userId, as);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'email-taken') throw error;
      await this.tellOwner(body.email, context);
      return verificationSent;
    }
    await this.credentials.setPasswordHash(userId, passwordHash, this.accounts.clock.now());
    const now = this.accounts.clock.now();
    await this.accounts.execute(
      userId,
      {
        type: 'SignUp',
        data: {
          userId,
          email: body.email,
          name: body.name,
          language: body.language,
          organizationName: body.organizationName,
          organizationId: admission.organizationId,
          approvalRequired: admission.approvalRequired,
          verificationId: randomUUID(),
          expiresAt: new Date(now.getTime() + this.config.emailVerificationHours * 3_600_000).toISOString(),
          at: now.toISOString(),
        },
      },
      as,
    );
    return verificationSent;
  }

  @Get('email-verifications/:userId')
  @ApiOperation({ summary: 'What an email confirmation link is worth now: valid, expired, used; invalid for any token the portal did not email' })
  async show(@Param() params: UserIdParams, @Query() query: TokenQuery): Promise<EmailVerificationView> {
    const state = await this.accounts.state(params.userId);
    if (state.status === 'unverified' && this.signer.verify(query.token, emailVerificationTokenPurpose, params.userId, state.verificationId)) {
      return { status: Date.parse(state.verificationExpiresAt) <= this.accounts.clock.now().getTime() ? 'expired' : 'valid' };
    }
    // Only a link that was once genuine learns that it was used; a replaced one, or any other token, is invalid.
    if (state.status !== 'unverified' && (await linkWasIssued(this.accounts, this.signer, 'email-verification', params.userId, query.token))) return { status: 'used' };
    return { status: 'invalid' };
  }

  @Post('email-verifications')
  @HttpCode(200)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Confirm an email address with the emailed link; the account becomes active or waits for approval' })
  async verify(@Body() body: EmailVerificationBody, @CommandMetadata() context: CommandContext): Promise<EmailVerified> {
    const state = await this.accounts.state(body.userId);
    if (state.status !== 'unverified') {
      if (await linkWasIssued(this.accounts, this.signer, 'email-verification', body.userId, body.token)) {
        throw new DomainError('email-already-verified', 'conflict', 'This email address is already confirmed.');
      }
      throw new DomainError('verification-invalid', 'invalid', 'This confirmation link is not valid. Use the link in the latest email.');
    }
    if (!this.signer.verify(body.token, emailVerificationTokenPurpose, body.userId, state.verificationId)) {
      throw new DomainError('verification-invalid', 'invalid', 'This confirmation link is not valid. Use the link in the latest email.');
    }
    await this.accounts.execute(body.userId, { type: 'VerifyEmail', data: { verificationId: state.verificationId, at: this.accounts.now() } }, { ...context, actor: body.userId });
    return { status: state.approvalRequired ? 'awaiting-approval' : 'active' };
  }

  @Post('email-verifications/resend')
  @HttpCode(202)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Email a new confirmation link if this address signed up and is not confirmed yet (the answer is the same either way)' })
  async resend(@Body() body: ResendVerificationBody, @CommandMetadata() context: CommandContext): Promise<SignUpAccepted> {
    const userId = await this.accounts.emailOwner(body.email);
    if (!userId || (await this.accounts.state(userId)).status !== 'unverified') return verificationSent;
    const now = this.accounts.clock.now();
    await this.accounts.execute(
      userId,
      { type: 'ResendVerification', data: { verificationId: randomUUID(), expiresAt: new Date(now.getTime() + this.config.emailVerificationHours * 3_600_000).toISOString(), at: now.toISOString() } },
      { ...context, actor: userId },
    );
    return verificationSent;
  }

  private async tellOwner(email: string, context: CommandContext): Promise<void> {
    const ownerId = await this.accounts.emailOwner(email);
    if (!ownerId) return;
    try {
      await this.accounts.execute(ownerId, { type: 'RecordSignUpAttempt', data: { at: this.accounts.now() } }, { ...context, actor: 'sign-up' });
    } catch (error) {
      // The owner vanished between the claim and now (a crashed command's claim being taken over): the answer stays the same.
      if (!(error instanceof DomainError) || error.code !== 'user-not-found') throw error;
    }
  }
}
