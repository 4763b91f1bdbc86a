import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { CommandMetadata, Public, TokenSigner } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { acceptInvitationRequest, invitationParams, invitationQuery, invitationTokenPurpose } from '@lexport/identity-published';
import type { InvitationView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept } from '../credentials/passwords';
import { signInAttemptsPerMinute } from '../sessions/session.controller';
import { linkWasIssued } from '../links/issued-links';
import { UserAccounts } from '../users/user-accounts';

class InvitationParams extends createZodDto(invitationParams) {}
class InvitationQuery extends createZodDto(invitationQuery) {}
class AcceptInvitationBody extends createZodDto(acceptInvitationRequest) {}

/** The pages an invited person reaches from the email: see the invitation, choose a password. */
@ApiTags('identity')
@Public()
@Controller('identity/invitations')
export class InvitationsController {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
  ) {}

  @Get(':userId')
  @ApiOperation({ summary: 'What an invitation link is worth now: valid, expired, already used, revoked; invalid for any token the portal did not email' })
  async show(@Param() params: InvitationParams, @Query() query: InvitationQuery): Promise<InvitationView> {
    const state = await this.accounts.state(params.userId);
    if (state.status === 'invited' && this.signer.verify(query.token, invitationTokenPurpose, params.userId, state.invitationId)) {
      const expired = Date.parse(state.invitationExpiresAt) <= Date.parse(this.accounts.now());
      return { status: expired ? 'expired' : 'valid', email: state.email, name: state.name, expiresAt: state.invitationExpiresAt };
    }
    // Only a link that was once genuine learns what became of it; anything else is just invalid.
    if (state.status === 'invited' || !(await linkWasIssued(this.accounts, this.signer, 'invitation', params.userId, query.token))) return { status: 'invalid' };
    return { status: state.status === 'invitation-revoked' ? 'revoked' : 'used' };
  }

  @Post('accept')
  @HttpCode(200)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Accept an invitation by choosing a password; the account becomes active' })
  async accept(@Body() body: AcceptInvitationBody, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const state = await this.accounts.state(body.userId);
    if (state.status !== 'invited' || !this.signer.verify(body.token, invitationTokenPurpose, body.userId, state.invitationId)) {
      const genuine = state.status !== 'invited' && (await linkWasIssued(this.accounts, this.signer, 'invitation', body.userId, body.token));
      if (genuine && (state.status === 'active' || state.status === 'deactivated')) throw new DomainError('invitation-already-used', 'conflict', 'This invitation has already been used. Sign in instead.');
      if (genuine && state.status === 'invitation-revoked') throw new DomainError('invitation-revoked', 'conflict', 'This invitation was withdrawn by the legal team.');
      throw new DomainError('invitation-invalid', 'invalid', 'This invitation link is not valid. Use the link in the latest email.');
    }
    policyMustAccept(body.password, state, 'password');
    const passwordHash = await hashPassword(body.password);
    // Append first: the decider makes the invitation single-use even when two tabs submit at once.
    const outcome = await this.accounts.execute(body.userId, { type: 'AcceptInvitation', data: { invitationId: state.invitationId, at: this.accounts.now() } }, { ...context, actor: body.userId });
    if (!outcome.replayed) await this.credentials.setPasswordHash(body.userId, passwordHash, this.accounts.clock.now());
    return { id: body.userId, revision: outcome.revision, position: outcome.position };
  }
}
