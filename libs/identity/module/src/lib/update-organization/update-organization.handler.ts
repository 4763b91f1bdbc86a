import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import type { organizationRequest } from '@lexport/identity-published';
import { normalizeEmailDomains, organizationMustExist } from '@lexport/identity-domain';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { Organizations } from '../organizations/organizations';

export class UpdateOrganizationCommand extends Command<CommandAccepted> {
  constructor(
    readonly organizationId: string,
    readonly input: z.infer<typeof organizationRequest>,
    readonly admin: AuthenticatedUser,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Claims the domains it gains; the ones it loses are given back by the releaseEmailDomainsOfOrganization workflow. */
@CommandHandler(UpdateOrganizationCommand)
export class UpdateOrganizationHandler implements ICommandHandler<UpdateOrganizationCommand, CommandAccepted> {
  constructor(private readonly organizations: Organizations) {}

  async execute({ organizationId, input, admin, context }: UpdateOrganizationCommand): Promise<CommandAccepted> {
    const current = organizationMustExist(await this.organizations.state(organizationId));
    const at = this.organizations.now();
    const as = { ...context, actor: admin.id };
    const emailDomains = normalizeEmailDomains(input.emailDomains);
    await this.organizations.claimDomains(
      organizationId,
      emailDomains.filter((domain) => !current.emailDomains.includes(domain)),
      at,
      as,
    );
    return accepted(
      organizationId,
      await this.organizations.execute(
        organizationId,
        { type: 'UpdateOrganization', data: { ...input, emailDomains, by: admin.id, at } },
        as,
      ),
    );
  }
}
