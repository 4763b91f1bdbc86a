import { Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { CurrentUser, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { listUsersQuery } from '@lexport/identity-published';
import type { UserView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { usersProjection } from '../users/users.projection';
import { ListUsersQuery } from './list-users.query';

class ListUsersParameters extends createZodDto(listUsersQuery) {}

@IdentityController('users', RequireRoles('admin'))
export class ListUsersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ReadsProjections(usersProjection.name)
  @ApiOperation({ summary: 'Users, searchable by name or email, filtered by role or status' })
  list(@Query() parameters: ListUsersParameters, @CurrentUser() admin: AuthenticatedUser): Promise<PageOf<UserView>> {
    return this.queries.execute(new ListUsersQuery(parameters, admin));
  }
}
