import { Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { RequireRoles } from '@lexport/shared-platform';
import type { UserHistoryView } from '@lexport/identity-published';
import { IdentityController } from '../identity-controller';
import { UserIdParams } from '../users/user-id-params';
import { UserHistoryQuery } from './user-history.query';

@IdentityController('users', RequireRoles('admin'))
export class UserHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':userId/history')
  @ApiOperation({ summary: "An account's audit history: every change, when and by whom (no secrets)" })
  history(@Param() params: UserIdParams): Promise<UserHistoryView> {
    return this.queries.execute(new UserHistoryQuery(params.userId));
  }
}
