import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import type { Clock } from '@lexport/shared-ddd';
import type { CommandAccepted } from '@lexport/shared-published';
import { CLOCK, CommandMetadata, CurrentUser, LEXPORT_CONFIG, Public, TokenSigner } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext, LexportConfig } from '@lexport/shared-platform';
import { updateProfileRequest } from '@lexport/identity-published';
import type { SessionView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { UserAccounts } from '../users/user-accounts';
import type { Response } from 'express';
import { CredentialStore } from '../credentials/credential-store';
import { clearSessionCookies, cookieOptions, csrfCookie, csrfPurpose, sessionCookie } from './session-cookies';
import type { SessionRequest } from './session.guard';
import { SignInInputGuard } from './sign-in';

class UpdateProfileBody extends createZodDto(updateProfileRequest) {}

/** Per address and minute; tests raise it with SIGN_IN_ATTEMPTS_PER_MINUTE (checked at start-up by the config). */
export const signInAttemptsPerMinute = () => Number(process.env['SIGN_IN_ATTEMPTS_PER_MINUTE'] ?? 10);

@ApiTags('identity')
@Controller('identity/session')
export class SessionController {
  constructor(
    private readonly credentials: CredentialStore,
    private readonly signer: TokenSigner,
    private readonly accounts: UserAccounts,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Post()
  @Public()
  @HttpCode(200)
  @Throttle({ default: { limit: signInAttemptsPerMinute, ttl: 60_000 } })
  @UseGuards(SignInInputGuard, AuthGuard('local'))
  @ApiOperation({ summary: 'Sign in with email and password; sets an httpOnly session cookie and the XSRF-TOKEN cookie' })
  async signIn(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const user = request.user as AuthenticatedUser;
    if (request.sessionToken) await this.credentials.closeSession(request.sessionToken);
    const { token, session } = await this.credentials.openSession(user.id, this.clock.now(), this.config.sessionHours);
    const production = this.config.environment === 'production';
    const expires = new Date(session.expiresAt);
    response.cookie(sessionCookie, token, cookieOptions(production, true, expires));
    response.cookie(csrfCookie, this.signer.sign(csrfPurpose, token), cookieOptions(production, false, expires));
    return this.view(user);
  }

  @Get()
  @Public()
  @ApiOperation({ summary: 'Who is signed in (user null when nobody)' })
  current(@Req() request: SessionRequest): SessionView {
    return this.view(request.user ?? null);
  }

  @Delete()
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out' })
  async signOut(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (request.sessionToken) await this.credentials.closeSession(request.sessionToken);
    clearSessionCookies(response, this.config.environment === 'production');
  }

  /** The web's menu offers the development mailbox to those who may read it, and only when there is one. */
  private view(user: AuthenticatedUser | null): SessionView {
    const mayReadMailbox = Boolean(user?.roles.some((role) => role === 'staff' || role === 'admin'));
    return { user, developmentMailbox: mayReadMailbox && this.config.developmentMailbox };
  }

  @Put('profile')
  @ApiOperation({ summary: "Change one's own name and language (emails follow the language)" })
  async updateProfile(@Body() body: UpdateProfileBody, @CurrentUser() user: AuthenticatedUser, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    const outcome = await this.accounts.execute(user.id, { type: 'UpdateProfile', data: { ...body, at: this.accounts.now() } }, { ...context, actor: user.id });
    return { id: user.id, revision: outcome.revision, position: outcome.position };
  }
}
