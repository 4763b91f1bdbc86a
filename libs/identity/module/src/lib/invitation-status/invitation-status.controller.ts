import { Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Public } from '@lexport/shared-platform';
import { invitationParams } from '@lexport/identity-published';
import type { InvitationView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { TokenQuery } from '../links/token-query';
import { InvitationStatusQuery } from './invitation-status.query';

class InvitationParams extends createZodDto(invitationParams) {}

/** The page an invited person reaches from the email. */
@IdentityController('invitations', Public())
export class InvitationStatusController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':userId')
  @ApiOperation({
    summary:
      'What an invitation link is worth now: valid, expired, already used, revoked; invalid for any token the portal did not email',
  })
  show(@Param() params: InvitationParams, @Query() query: TokenQuery): Promise<InvitationView> {
    return this.queries.execute(new InvitationStatusQuery(params.userId, query.token));
  }
}
