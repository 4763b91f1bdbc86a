import { DomainError, uniqueClaim } from '@lexport/shared-ddd';
import type { UniqueClaimCommand, UniqueClaimEvent, UniqueClaimState } from '@lexport/shared-ddd';

/** One email address, one account: a claim stream per address (keyed by a hash of it). */
export const emailClaimDecider = uniqueClaim({
  claim: 'ClaimEmail',
  release: 'ReleaseEmail',
  claimed: 'EmailClaimed',
  released: 'EmailReleased',
  holder: 'userId',
  taken: () =>
    new DomainError('email-taken', 'conflict', 'Another account already uses this email address', { field: 'email' }),
});

export type EmailClaimCommand = UniqueClaimCommand<'ClaimEmail', 'ReleaseEmail', 'userId'>;
export type EmailClaimEvent = UniqueClaimEvent<'EmailClaimed', 'EmailReleased', 'userId'>;
export type EmailClaimState = UniqueClaimState;
