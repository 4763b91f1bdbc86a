import { Inject, Injectable } from '@nestjs/common';
import type { Clock } from '@lexport/shared-ddd';
import type { EventStore, RecordedEvent } from '@lexport/shared-eventstore';
import { CLOCK, CommandExecutor, EVENT_STORE, followUpOf } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { accountHasLetGoOfItsAddress, emailClaimDecider, userDecider, userStreamName } from '@lexport/identity-domain';
import type { UserCommand, UserState } from '@lexport/identity-domain';
import { createHash } from 'node:crypto';
import { claimWithTakeover } from '@lexport/shared-platform';

export const emailClaimStreamName = (email: string) =>
  `identity-email-${createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 40)}`;

/** The user aggregate as command handlers use it: read state, run a command, claim an email address. */
@Injectable()
export class UserAccounts {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) readonly clock: Clock,
  ) {}

  async state(userId: string): Promise<UserState> {
    return (await this.executor.aggregateStream(userDecider, userStreamName(userId))).state;
  }

  /** Every event of the account, oldest first: its audit history. */
  history(userId: string): Promise<RecordedEvent[]> {
    return this.events.readStream(userStreamName(userId));
  }

  execute(userId: string, command: UserCommand, context: CommandContext) {
    return this.executor.execute(userDecider, userStreamName(userId), command, context);
  }

  /** The account that holds an address, read from its claim stream (not a projection, which may lag). */
  async emailOwner(email: string): Promise<string | null> {
    const { state: claim } = await this.executor.aggregateStream(emailClaimDecider, emailClaimStreamName(email));
    return claim.status === 'claimed' ? claim.holder : null;
  }

  /** Claims the address for the account; an address left claimed by a crashed command for an account never created is taken over. */
  claimEmail(email: string, userId: string, context: CommandContext): Promise<void> {
    return claimWithTakeover({
      claim: () =>
        this.executor.execute(
          emailClaimDecider,
          emailClaimStreamName(email),
          { type: 'ClaimEmail', data: { userId, at: this.now() } },
          context,
        ),
      takenCode: 'email-taken',
      holder: () => this.emailOwner(email),
      holderHasLetGo: async (holder) => {
        await this.execute(
          holder,
          { type: 'AbandonUnfinishedAccount', data: { at: this.now() } },
          followUpOf(context, `abandon/${holder}`),
        );
        // An unconfirmed sign-up proves nothing about the address: a newer sign-up or an invitation replaces it.
        if ((await this.state(holder)).status === 'unverified') {
          await this.execute(
            holder,
            { type: 'SupersedeSignUp', data: { at: this.now() } },
            followUpOf(context, `supersede/${holder}`),
          );
        }
        return accountHasLetGoOfItsAddress(await this.state(holder));
      },
      release: (holder) => this.releaseEmail(email, holder, followUpOf(context, `release/${holder}`)),
    });
  }

  releaseEmail(email: string, userId: string, context: CommandContext) {
    return this.executor.execute(
      emailClaimDecider,
      emailClaimStreamName(email),
      { type: 'ReleaseEmail', data: { userId, at: this.clock.now().toISOString() } },
      context,
    );
  }

  now(): string {
    return this.clock.now().toISOString();
  }
}
