import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { IdentityController } from '../identity-controller';
import { OrganizationBody } from '../organizations/organization-body';
import { CreateOrganizationCommand } from './create-organization.handler';

@IdentityController('organizations')
export class CreateOrganizationController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RequireRoles('admin')
  @ApiOperation({ summary: 'Add a client organization' })
  create(
    @Body() body: OrganizationBody,
    @CurrentUser() admin: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(new CreateOrganizationCommand(body, admin, context));
  }
}
