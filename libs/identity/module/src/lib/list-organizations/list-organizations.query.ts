import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { PageOf } from '@lexport/shared-published';
import { ProjectionsService } from '@lexport/shared-platform';
import type { FindQuery } from '@lexport/shared-readstore';
import type { listOrganizationsQuery, OrganizationView } from '@lexport/identity-published';
import type { z } from 'zod';
import type { OrganizationDocument } from '../organizations/organizations.projection';
import { organizationsProjection } from '../organizations/organizations.projection';

export class ListOrganizationsQuery extends Query<PageOf<OrganizationView>> {
  constructor(readonly criteria: z.infer<typeof listOrganizationsQuery>) {
    super();
  }
}

const toView = ({ sortName: _sortName, ...view }: OrganizationDocument): OrganizationView => view;

@QueryHandler(ListOrganizationsQuery)
export class ListOrganizationsHandler implements IQueryHandler<ListOrganizationsQuery, PageOf<OrganizationView>> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ criteria }: ListOrganizationsQuery): Promise<PageOf<OrganizationView>> {
    const where: FindQuery['where'] = criteria.search ? { name: { contains: criteria.search } } : {};
    const page = await this.projections
      .reader(organizationsProjection.name)
      .find<OrganizationDocument>('organizations', {
        where,
        sort: [{ field: 'sortName' }],
        limit: criteria.limit,
        offset: criteria.offset,
      });
    return { ...page, items: page.items.map(toView) };
  }
}
