import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import { LEXPORT_CONFIG } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { accepted } from '../command-accepted';
import { hoursAfter } from '../links/link-expiry';
import { AccountCommand } from '../users/account-command';
import { UserAccounts } from '../users/user-accounts';

export class ResendInvitationCommand extends AccountCommand {}

/** A new invitation id: the link it signs replaces every older one. */
@CommandHandler(ResendInvitationCommand)
export class ResendInvitationHandler implements ICommandHandler<ResendInvitationCommand, CommandAccepted> {
  constructor(
    private readonly accounts: UserAccounts,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async execute(command: ResendInvitationCommand): Promise<CommandAccepted> {
    const now = this.accounts.clock.now();
    const invitation = {
      invitationId: randomUUID(),
      expiresAt: hoursAfter(now, this.config.invitationHours),
      by: command.admin.id,
      byName: command.admin.name,
      at: now.toISOString(),
    };
    return accepted(
      command.userId,
      await this.accounts.execute(command.userId, { type: 'ResendInvitation', data: invitation }, command.asAdmin()),
    );
  }
}
