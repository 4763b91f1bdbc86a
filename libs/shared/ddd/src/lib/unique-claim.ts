import type { Decider } from './decider';
import { assertNever } from './decider';
import type { DomainError } from './domain-error';

/**
 * One value, one holder: an email address, an email domain, a category name. Each value is its own small stream
 * (keyed by the value), so that two commands racing for it cannot both win — the event store's expected revision
 * decides — and no command contends on a stream that every writer shares.
 */
export interface UniqueClaimNames<
  Claim extends string,
  Release extends string,
  Claimed extends string,
  Released extends string,
  Holder extends string,
> {
  readonly claim: Claim;
  readonly release: Release;
  readonly claimed: Claimed;
  readonly released: Released;
  /** The field that names the holder in commands and events (`userId`, `organizationId`, `categoryId`). */
  readonly holder: Holder;
  /** The refusal when another holder has the value. */
  readonly taken: (holder: string) => DomainError;
}

type HolderField<Holder extends string> = { readonly [Field in Holder]: string };

export type UniqueClaimCommand<Claim extends string, Release extends string, Holder extends string> =
  | { readonly type: Claim; readonly data: HolderField<Holder> & { readonly at: string } }
  | { readonly type: Release; readonly data: HolderField<Holder> & { readonly at: string } };

export type UniqueClaimEvent<Claimed extends string, Released extends string, Holder extends string> =
  | { readonly type: Claimed; readonly data: HolderField<Holder> & { readonly claimedAt: string } }
  | { readonly type: Released; readonly data: HolderField<Holder> & { readonly releasedAt: string } };

export type UniqueClaimState = { readonly status: 'free' } | { readonly status: 'claimed'; readonly holder: string };

export function uniqueClaim<
  Claim extends string,
  Release extends string,
  Claimed extends string,
  Released extends string,
  Holder extends string,
>(
  names: UniqueClaimNames<Claim, Release, Claimed, Released, Holder>,
): Decider<UniqueClaimCommand<Claim, Release, Holder>, UniqueClaimEvent<Claimed, Released, Holder>, UniqueClaimState> {
  type Event = UniqueClaimEvent<Claimed, Released, Holder>;
  const holderOf = (data: HolderField<Holder>) => data[names.holder];
  const event = (type: Claimed | Released, holder: string, at: string) =>
    ({
      type,
      data: { [names.holder]: holder, ...(type === names.claimed ? { claimedAt: at } : { releasedAt: at }) },
    }) as Event;
  return {
    initialState: () => ({ status: 'free' }),
    decide(command, state) {
      const holder = holderOf(command.data);
      switch (command.type) {
        case names.claim:
          if (state.status === 'claimed') {
            if (state.holder === holder) return [];
            throw names.taken(state.holder);
          }
          return [event(names.claimed, holder, command.data.at)];
        case names.release:
          if (state.status !== 'claimed' || state.holder !== holder) return [];
          return [event(names.released, holder, command.data.at)];
        default:
          return assertNever(command as never, 'claim command');
      }
    },
    evolve(_state, stored) {
      switch (stored.type) {
        case names.claimed:
          return { status: 'claimed', holder: holderOf(stored.data) };
        case names.released:
          return { status: 'free' };
        default:
          return assertNever(stored as never, 'claim event');
      }
    },
  };
}
