import { HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AuthGuard } from '@nestjs/passport';
import { ApiOperation } from '@nestjs/swagger';
import { LEXPORT_CONFIG, Public } from '@lexport/shared-platform';
import type { AuthenticatedUser, LexportConfig } from '@lexport/shared-platform';
import type { SessionView } from '@lexport/identity-published';
import type { Response } from 'express';
import { IdentityController } from '../identity-controller';
import { setSessionCookies } from '../sessions/session-cookies';
import type { SessionRequest } from '../sessions/session.guard';
import { sessionView } from '../sessions/session-view';
import { ThrottleLikeSignIn } from '../sessions/sign-in-throttle';
import { SignInInputGuard } from './sign-in';
import { OpenSessionCommand } from './open-session.handler';

@IdentityController('session')
export class SignInController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  /** The password was checked by the local strategy (SignIn) before this runs. */
  @Post()
  @Public()
  @HttpCode(200)
  @ThrottleLikeSignIn()
  @UseGuards(SignInInputGuard, AuthGuard('local'))
  @ApiOperation({
    summary: 'Sign in with email and password; sets an httpOnly session cookie and the XSRF-TOKEN cookie',
  })
  async signIn(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<SessionView> {
    const user = request.user as AuthenticatedUser;
    setSessionCookies(
      response,
      await this.commands.execute(new OpenSessionCommand(user.id, request.sessionToken)),
      this.config.environment === 'production',
    );
    return sessionView(user, this.config);
  }
}
