import { randomUUID } from 'node:crypto';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import { ProjectionsService } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { passwordResetMinutes } from '@lexport/identity-published';
import { minutesAfter } from '../links/link-expiry';
import { UserAccounts } from '../users/user-accounts';
import type { UserDocument } from '../users/users.projection';
import { usersProjection } from '../users/users.projection';

export class RequestPasswordResetCommand extends Command<void> {
  constructor(
    readonly email: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Only an active account gets a link; nothing tells the caller which addresses have one. */
@CommandHandler(RequestPasswordResetCommand)
export class RequestPasswordResetHandler implements ICommandHandler<RequestPasswordResetCommand, void> {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly projections: ProjectionsService,
  ) {}

  async execute({ email, context }: RequestPasswordResetCommand): Promise<void> {
    const found = await this.projections
      .reader(usersProjection.name)
      .find<UserDocument>('users', { where: { email }, limit: 1 });
    const user = found.items[0];
    if (!user || user.status !== 'active') return;
    const now = this.accounts.clock.now();
    const reset = { resetId: randomUUID(), expiresAt: minutesAfter(now, passwordResetMinutes), at: now.toISOString() };
    await this.accounts.execute(user.id, { type: 'RequestPasswordReset', data: reset }, { ...context, actor: user.id });
  }
}
