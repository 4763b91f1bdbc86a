import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { idCreatedBy } from '@lexport/shared-platform';
import type { organizationRequest } from '@lexport/identity-published';
import { normalizeEmailDomains } from '@lexport/identity-domain';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { Organizations } from '../organizations/organizations';
import { SignedInCommand } from '../signed-in-command';

export class CreateOrganizationCommand extends SignedInCommand<z.infer<typeof organizationRequest>> {}

/** Claims its email domains first: two organizations racing for one domain cannot both win. */
@CommandHandler(CreateOrganizationCommand)
export class CreateOrganizationHandler implements ICommandHandler<CreateOrganizationCommand, CommandAccepted> {
  constructor(private readonly organizations: Organizations) {}

  async execute(command: CreateOrganizationCommand): Promise<CommandAccepted> {
    const { input, sender: admin, context } = command;
    const organizationId = idCreatedBy(context, 'organization');
    const at = this.organizations.now();
    const as = command.asSender();
    const emailDomains = normalizeEmailDomains(input.emailDomains);
    await this.organizations.claimDomains(organizationId, emailDomains, at, as);
    return accepted(
      organizationId,
      await this.organizations.execute(
        organizationId,
        { type: 'CreateOrganization', data: { organizationId, ...input, emailDomains, by: admin.id, at } },
        as,
      ),
    );
  }
}
