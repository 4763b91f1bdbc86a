import { Get, Inject, Req } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { LEXPORT_CONFIG, Public } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { SessionView } from '@lexport/identity-published';
import { IdentityController } from '../identity-controller';
import type { SessionRequest } from '../sessions/session.guard';
import { sessionView } from '../sessions/session-view';

/** The session guard has already read the cookie: there is nothing to load, so no query goes through the bus. */
@IdentityController('session')
export class CurrentSessionController {
  constructor(@Inject(LEXPORT_CONFIG) private readonly config: LexportConfig) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Who is signed in (user null when nobody)' })
  current(@Req() request: SessionRequest): SessionView {
    return sessionView(request.user ?? null, this.config);
  }
}
