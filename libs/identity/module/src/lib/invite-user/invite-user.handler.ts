import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { idCreatedBy, LEXPORT_CONFIG } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { inviteUserRequest } from '@lexport/identity-published';
import { rolesMustFit } from '@lexport/identity-domain';
import type { z } from 'zod';
import { accepted } from '../command-accepted';
import { hoursAfter } from '../links/link-expiry';
import { Organizations } from '../organizations/organizations';
import { SignedInCommand } from '../signed-in-command';
import { UserAccounts } from '../users/user-accounts';

export class InviteUserCommand extends SignedInCommand<z.infer<typeof inviteUserRequest>> {}

/** Claims the address first: two invitations racing for one address cannot both win. */
@CommandHandler(InviteUserCommand)
export class InviteUserHandler implements ICommandHandler<InviteUserCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly organizations: Organizations,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async execute(command: InviteUserCommand): Promise<CommandAccepted> {
    const { input, sender: admin, context } = command;
    rolesMustFit(input.roles, input.organizationId);
    if (input.organizationId) await this.organizations.mustExist(input.organizationId);
    const userId = idCreatedBy(context, 'user');
    const as = command.asSender();
    await this.accounts.claimEmail(input.email, userId, as);
    const now = this.accounts.clock.now();
    const invitation = {
      invitationId: randomUUID(),
      invitedBy: admin.id,
      inviterName: admin.name,
      expiresAt: hoursAfter(now, this.config.invitationHours),
      at: now.toISOString(),
    };
    return accepted(
      userId,
      await this.accounts.execute(userId, { type: 'InviteUser', data: { userId, ...input, ...invitation } }, as),
    );
  }
}
