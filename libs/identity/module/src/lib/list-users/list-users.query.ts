import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { PageOf } from '@lexport/shared-published';
import { ProjectionsService } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import type { FieldCondition, Scalar } from '@lexport/shared-readstore';
import type { listUsersQuery, UserView } from '@lexport/identity-published';
import { actionsOnAccount } from '@lexport/identity-domain';
import type { z } from 'zod';
import type { UserDocument } from '../users/users.projection';
import { roleTag, usersProjection } from '../users/users.projection';

export class ListUsersQuery extends Query<PageOf<UserView>> {
  constructor(
    readonly criteria: z.infer<typeof listUsersQuery>,
    readonly admin: AuthenticatedUser,
  ) {
    super();
  }
}

/** Each user says which actions the admin who reads the list may take on the account. */
const toView =
  (admin: AuthenticatedUser) =>
  ({ sortName: _sortName, searchText: _searchText, roleTags: _roleTags, ...view }: UserDocument): UserView => ({
    ...view,
    actions: actionsOnAccount(view.status, view.id === admin.id),
  });

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, PageOf<UserView>> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ criteria, admin }: ListUsersQuery): Promise<PageOf<UserView>> {
    const where: Record<string, Scalar | FieldCondition> = {};
    if (criteria.status) where['status'] = criteria.status;
    if (criteria.organizationId) where['organizationId'] = criteria.organizationId;
    if (criteria.search) where['searchText'] = { contains: criteria.search.toLowerCase() };
    if (criteria.role) where['roleTags'] = { contains: roleTag(criteria.role) };
    const page = await this.projections.reader(usersProjection.name).find<UserDocument>('users', {
      where,
      sort: [{ field: 'sortName' }],
      limit: criteria.limit,
      offset: criteria.offset,
    });
    return { ...page, items: page.items.map(toView(admin)) };
  }
}
