import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * One email address, one account. The claim is its own tiny stream (keyed by a hash of the address) so that two
 * invitations or sign-ups racing for the same address cannot both win: the event store's expected revision decides.
 */
export type EmailClaimCommand =
  | { readonly type: 'ClaimEmail'; readonly data: { readonly userId: string; readonly at: string } }
  | { readonly type: 'ReleaseEmail'; readonly data: { readonly userId: string; readonly at: string } };

export type EmailClaimEvent =
  | { readonly type: 'EmailClaimed'; readonly data: { readonly userId: string; readonly claimedAt: string } }
  | { readonly type: 'EmailReleased'; readonly data: { readonly userId: string; readonly releasedAt: string } };

export type EmailClaimState = { readonly status: 'free' } | { readonly status: 'claimed'; readonly userId: string };

export function decideEmailClaim(command: EmailClaimCommand, state: EmailClaimState): EmailClaimEvent[] {
  switch (command.type) {
    case 'ClaimEmail':
      if (state.status === 'claimed') {
        if (state.userId === command.data.userId) return [];
        throw new DomainError('email-taken', 'conflict', 'Another account already uses this email address', { field: 'email' });
      }
      return [{ type: 'EmailClaimed', data: { userId: command.data.userId, claimedAt: command.data.at } }];
    case 'ReleaseEmail':
      if (state.status !== 'claimed' || state.userId !== command.data.userId) return [];
      return [{ type: 'EmailReleased', data: { userId: command.data.userId, releasedAt: command.data.at } }];
    default:
      return assertNever(command, 'email claim command');
  }
}

export function evolveEmailClaim(_state: EmailClaimState, event: EmailClaimEvent): EmailClaimState {
  switch (event.type) {
    case 'EmailClaimed':
      return { status: 'claimed', userId: event.data.userId };
    case 'EmailReleased':
      return { status: 'free' };
    default:
      return assertNever(event, 'email claim event');
  }
}

export const emailClaimDecider: Decider<EmailClaimCommand, EmailClaimEvent, EmailClaimState> = {
  initialState: () => ({ status: 'free' }),
  decide: decideEmailClaim,
  evolve: evolveEmailClaim,
};
