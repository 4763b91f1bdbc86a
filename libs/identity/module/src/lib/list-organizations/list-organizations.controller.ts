import { Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import { listOrganizationsQuery } from '@lexport/identity-published';
import type { OrganizationView } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { organizationsProjection } from '../organizations/organizations.projection';
import { ListOrganizationsQuery } from './list-organizations.query';

class ListOrganizationsParameters extends createZodDto(listOrganizationsQuery) {}

/** Legal staff read the client organizations; admins create and change them. */
@IdentityController('organizations')
export class ListOrganizationsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequireRoles('staff', 'admin')
  @ReadsProjections(organizationsProjection.name)
  @ApiOperation({ summary: 'Client organizations by name' })
  list(@Query() parameters: ListOrganizationsParameters): Promise<PageOf<OrganizationView>> {
    return this.queries.execute(new ListOrganizationsQuery(parameters));
  }
}
