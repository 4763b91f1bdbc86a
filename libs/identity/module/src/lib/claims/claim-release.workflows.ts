import type { Recorded } from '@lexport/shared-eventstore';
import { commandTo } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import { domainClaimDecider, domainClaimStreamName, emailClaimDecider, organizationIdOfStream, userIdOfStream } from '@lexport/identity-domain';
import type { OrganizationEvent, UserEvent } from '@lexport/identity-domain';
import { emailClaimStreamName } from '../users/user-accounts';

type AccountEvent = Recorded<Extract<UserEvent, { type: 'UserInvited' | 'UserSignedUp' | 'InvitationRevoked' | 'SignUpDeclined' }>>;

/** An account that will never open (its invitation withdrawn, its sign-up declined) gives its address back. */
export const releaseEmailOfClosedAccount: Workflow<AccountEvent, { readonly email: string | null }> = {
  name: 'identity_release_email_of_closed_account',
  version: 1,
  eventTypes: ['UserInvited', 'UserSignedUp', 'InvitationRevoked', 'SignUpDeclined'],
  instanceOf: (event) => userIdOfStream(event.streamName),
  initialState: () => ({ email: null }),
  evolve: (state, event) => (event.type === 'UserInvited' || event.type === 'UserSignedUp' ? { email: event.data.email } : state),
  react(state, event) {
    if ((event.type !== 'InvitationRevoked' && event.type !== 'SignUpDeclined') || state.email === null) return [];
    const userId = userIdOfStream(event.streamName);
    return [commandTo(emailClaimDecider, emailClaimStreamName(state.email), { type: 'ReleaseEmail', data: { userId, at: event.metadata.occurredAt } })];
  },
};

type OrganizationProfileEvent = Recorded<Extract<OrganizationEvent, { type: 'OrganizationCreated' | 'OrganizationUpdated' }>>;

/** An organization that no longer lists an email domain gives it back, so that another organization may take it. */
export const releaseEmailDomainsOfOrganization: Workflow<OrganizationProfileEvent, { readonly emailDomains: readonly string[] }> = {
  name: 'identity_release_email_domains',
  version: 1,
  eventTypes: ['OrganizationCreated', 'OrganizationUpdated'],
  instanceOf: (event) => organizationIdOfStream(event.streamName),
  initialState: () => ({ emailDomains: [] }),
  evolve: (_state, event) => ({ emailDomains: event.data.emailDomains }),
  react(state, event) {
    const organizationId = organizationIdOfStream(event.streamName);
    return state.emailDomains
      .filter((domain) => !event.data.emailDomains.includes(domain))
      .map((domain) => commandTo(domainClaimDecider, domainClaimStreamName(domain), { type: 'ReleaseEmailDomain', data: { organizationId, at: event.metadata.occurredAt } }));
  },
};
