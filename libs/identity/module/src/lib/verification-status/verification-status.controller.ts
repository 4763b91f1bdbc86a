import { Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Public } from '@lexport/shared-platform';
import type { EmailVerificationView } from '@lexport/identity-published';
import { IdentityController } from '../identity-controller';
import { TokenQuery } from '../links/token-query';
import { UserIdParams } from '../users/user-id-params';
import { VerificationStatusQuery } from './verification-status.query';

@IdentityController('email-verifications', Public())
export class VerificationStatusController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':userId')
  @ApiOperation({
    summary:
      'What an email confirmation link is worth now: valid, expired, used; invalid for any token the portal did not email',
  })
  show(@Param() params: UserIdParams, @Query() query: TokenQuery): Promise<EmailVerificationView> {
    return this.queries.execute(new VerificationStatusQuery(params.userId, query.token));
  }
}
