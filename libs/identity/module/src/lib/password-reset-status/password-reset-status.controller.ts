import { Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { Public } from '@lexport/shared-platform';
import { passwordResetParams } from '@lexport/identity-published';
import type { PasswordResetView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { TokenQuery } from '../links/token-query';
import { PasswordResetStatusQuery } from './password-reset-status.query';

class PasswordResetParams extends createZodDto(passwordResetParams) {}

@IdentityController('password-resets')
export class PasswordResetStatusController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':userId')
  @Public()
  @ApiOperation({
    summary:
      'What a password reset link is worth now: valid, expired, used; invalid for any token the portal did not email',
  })
  show(@Param() params: PasswordResetParams, @Query() query: TokenQuery): Promise<PasswordResetView> {
    return this.queries.execute(new PasswordResetStatusQuery(params.userId, query.token));
  }
}
