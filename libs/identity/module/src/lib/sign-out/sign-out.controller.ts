import { Delete, HttpCode, Inject, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { LEXPORT_CONFIG, Public } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { Response } from 'express';
import { IdentityController } from '../identity-controller';
import { clearSessionCookies } from '../sessions/session-cookies';
import type { SessionRequest } from '../sessions/session.guard';
import { CloseSessionCommand } from './close-session.handler';

@IdentityController('session')
export class SignOutController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  @Delete()
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Sign out' })
  async signOut(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.commands.execute(new CloseSessionCommand(request.sessionToken));
    clearSessionCookies(response, this.config.environment === 'production');
  }
}
