import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { CommandMetadata, CurrentUser, ProjectionsService, Public, TokenSigner } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import {
  changePasswordRequest,
  completePasswordResetRequest,
  invitationQuery,
  passwordResetMinutes,
  passwordResetParams,
  passwordResetTokenPurpose,
  requestPasswordResetRequest,
} from '@lexport/identity-published';
import type { PasswordResetView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword, policyMustAccept, verifyPassword } from '../credentials/passwords';
import { signInAttemptsPerMinute } from '../sessions/session.controller';
import type { SessionRequest } from '../sessions/session.guard';
import { linkWasIssued } from '../links/issued-links';
import { UserAccounts } from '../users/user-accounts';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';

class RequestPasswordResetBody extends createZodDto(requestPasswordResetRequest) {}
class CompletePasswordResetBody extends createZodDto(completePasswordResetRequest) {}
class ChangePasswordBody extends createZodDto(changePasswordRequest) {}
class PasswordResetParams extends createZodDto(passwordResetParams) {}
class PasswordResetQuery extends createZodDto(invitationQuery) {}

/** Forgotten and changed passwords. Asking for a reset answers the same whether or not the address has an account. */
@ApiTags('identity')
@Controller('identity')
export class PasswordsController {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly projections: ProjectionsService,
    private readonly signer: TokenSigner,
  ) {}

  @Post('password-resets')
  @Public()
  @HttpCode(202)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Email a password reset link to this address if it has an active account (the answer is the same either way)' })
  async request(@Body() body: RequestPasswordResetBody, @CommandMetadata() context: CommandContext): Promise<void> {
    const found = await this.projections.reader(usersProjection.name).find<UserDocument>('users', { where: { email: body.email }, limit: 1 });
    const user = found.items[0];
    if (!user || user.status !== 'active') return;
    const now = this.accounts.clock.now();
    await this.accounts.execute(
      user.id,
      { type: 'RequestPasswordReset', data: { resetId: randomUUID(), expiresAt: new Date(now.getTime() + passwordResetMinutes * 60_000).toISOString(), at: now.toISOString() } },
      { ...context, actor: user.id },
    );
  }

  @Get('password-resets/:userId')
  @Public()
  @ApiOperation({ summary: 'What a password reset link is worth now: valid, expired, used; invalid for any token the portal did not email' })
  async show(@Param() params: PasswordResetParams, @Query() query: PasswordResetQuery): Promise<PasswordResetView> {
    const state = await this.accounts.state(params.userId);
    if (state.status !== 'active') return { status: 'invalid' };
    const pending = state.pendingReset;
    if (pending && this.signer.verify(query.token, passwordResetTokenPurpose, params.userId, pending.resetId)) {
      return { status: Date.parse(pending.expiresAt) <= this.accounts.clock.now().getTime() ? 'expired' : 'valid' };
    }
    // A genuine link with nothing pending was used (or overtaken by a password change); one replaced by a newer
    // request, or any other token, is invalid.
    if (!pending && (await linkWasIssued(this.accounts, this.signer, 'password-reset', params.userId, query.token))) return { status: 'used' };
    return { status: 'invalid' };
  }

  @Post('password-resets/complete')
  @Public()
  @HttpCode(200)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Choose a new password with a reset link; every session of the account ends' })
  async complete(@Body() body: CompletePasswordResetBody, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const state = await this.accounts.state(body.userId);
    const pending = state.status === 'active' ? state.pendingReset : null;
    if (state.status !== 'active' || !pending || !this.signer.verify(body.token, passwordResetTokenPurpose, body.userId, pending.resetId)) {
      throw new DomainError('reset-link-invalid', 'invalid', 'This password reset link is not valid. Ask for a new one.');
    }
    policyMustAccept(body.password, state, 'password');
    const passwordHash = await hashPassword(body.password);
    const outcome = await this.accounts.execute(body.userId, { type: 'ResetPassword', data: { resetId: pending.resetId, at: this.accounts.now() } }, { ...context, actor: body.userId });
    await this.credentials.setPasswordHash(body.userId, passwordHash, this.accounts.clock.now());
    await this.credentials.closeSessionsOf(body.userId);
    return { id: body.userId, revision: outcome.revision, position: outcome.position };
  }

  @Put('session/password')
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @ApiOperation({ summary: 'Change one’s own password; other sessions of the account end' })
  async change(@Body() body: ChangePasswordBody, @CurrentUser() user: AuthenticatedUser, @Req() request: SessionRequest, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const current = await this.credentials.passwordHashOf(user.id);
    if (!current || !(await verifyPassword(body.currentPassword, current))) {
      throw new DomainError('current-password-wrong', 'invalid', 'The current password is not right.', { field: 'currentPassword' });
    }
    policyMustAccept(body.newPassword, user, 'newPassword');
    const passwordHash = await hashPassword(body.newPassword);
    const outcome = await this.accounts.execute(user.id, { type: 'ChangePassword', data: { reason: 'changed', at: this.accounts.now() } }, { ...context, actor: user.id });
    await this.credentials.setPasswordHash(user.id, passwordHash, this.accounts.clock.now());
    await this.credentials.closeSessionsOf(user.id, request.sessionToken);
    return { id: user.id, revision: outcome.revision, position: outcome.position };
  }
}
