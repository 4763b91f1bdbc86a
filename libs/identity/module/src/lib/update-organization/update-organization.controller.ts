import { Body, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { organizationIdParams } from '@lexport/identity-published';
import { createZodDto } from 'nestjs-zod';
import { IdentityController } from '../identity-controller';
import { OrganizationBody } from '../organizations/organization-body';
import { UpdateOrganizationCommand } from './update-organization.handler';

class OrganizationIdParams extends createZodDto(organizationIdParams) {}

@IdentityController('organizations')
export class UpdateOrganizationController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':organizationId')
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Rename an organization, change its sign-up domains or what its clients see' })
  update(
    @Param() params: OrganizationIdParams,
    @Body() body: OrganizationBody,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new UpdateOrganizationCommand(params.organizationId, body, admin, context));
  }
}
