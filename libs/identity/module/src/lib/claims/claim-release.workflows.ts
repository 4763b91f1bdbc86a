import type { Recorded } from '@lexport/shared-eventstore';
import { commandIf, commandTo } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import {
  domainClaimDecider,
  domainClaimStreamName,
  emailClaimDecider,
  organizationDecider,
  organizationHoldsDomain,
  organizationStreamName,
} from '@lexport/identity-domain';
import type { IdentityOrganizationEvent, IdentityUserEvent } from '@lexport/identity-published';
import { emailClaimStreamName } from '../users/user-accounts';

type AccountEvent = Recorded<
  Extract<IdentityUserEvent, { type: 'UserInvited' | 'UserSignedUp' | 'InvitationRevoked' | 'SignUpDeclined' }>
>;

/** An account that will never open (its invitation withdrawn, its sign-up declined) gives its address back. */
export const releaseEmailOfClosedAccount: Workflow<AccountEvent, { readonly email: string | null }> = {
  name: 'identity_release_email_of_closed_account',
  version: 1,
  eventTypes: ['UserInvited', 'UserSignedUp', 'InvitationRevoked', 'SignUpDeclined'],
  instanceOf: (event) => event.data.userId,
  initialState: () => ({ email: null }),
  evolve: (state, event) =>
    event.type === 'UserInvited' || event.type === 'UserSignedUp' ? { email: event.data.email } : state,
  react(state, event) {
    if ((event.type !== 'InvitationRevoked' && event.type !== 'SignUpDeclined') || state.email === null) return [];
    return [
      commandTo(emailClaimDecider, emailClaimStreamName(state.email), {
        type: 'ReleaseEmail',
        data: { userId: event.data.userId, at: event.metadata.occurredAt },
      }),
    ];
  },
};

type OrganizationProfileEvent = Recorded<IdentityOrganizationEvent>;

/** An organization that no longer lists an email domain gives it back, so that another organization may take it. */
export const releaseEmailDomainsOfOrganization: Workflow<
  OrganizationProfileEvent,
  { readonly emailDomains: readonly string[] }
> = {
  name: 'identity_release_email_domains',
  version: 1,
  eventTypes: ['OrganizationCreated', 'OrganizationUpdated'],
  instanceOf: (event) => event.data.organizationId,
  initialState: () => ({ emailDomains: [] }),
  evolve: (_state, event) => ({ emailDomains: event.data.emailDomains }),
  react(state, event) {
    const { organizationId } = event.data;
    return (
      state.emailDomains
        .filter((domain) => !event.data.emailDomains.includes(domain))
        // The organization may have listed the domain again by the time this runs: release only if it has not.
        .map((domain) =>
          commandIf(
            async (port) =>
              !organizationHoldsDomain(
                (await port.aggregateStream(organizationDecider, organizationStreamName(organizationId))).state,
                domain,
              ),
            commandTo(domainClaimDecider, domainClaimStreamName(domain), {
              type: 'ReleaseEmailDomain',
              data: { organizationId, at: event.metadata.occurredAt },
            }),
          ),
        )
    );
  },
};
