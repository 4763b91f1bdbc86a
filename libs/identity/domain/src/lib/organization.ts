import { assertNever, DomainError, uniqueClaim } from '@lexport/shared-ddd';
import type { Decider, UniqueClaimCommand, UniqueClaimEvent, UniqueClaimState } from '@lexport/shared-ddd';

/**
 * A client organization: a company or a person the firm serves. Its client users see its data; the legal team may
 * narrow that to each user's own requests. Addresses at its email domains may sign up into it.
 */
export const requestVisibilities = ['organization', 'own'] as const;
export type RequestVisibility = (typeof requestVisibilities)[number];

interface OrganizationProfile {
  readonly name: string;
  readonly emailDomains: readonly string[];
  readonly requestVisibility: RequestVisibility;
}

/** `abandoned`: a command that claimed email domains for this id crashed before creating it; the id is dead. */
export type OrganizationState =
  | { readonly status: 'none'; readonly abandoned?: true }
  | (OrganizationProfile & { readonly status: 'active'; readonly organizationId: string });

export type OrganizationCommand =
  | {
      readonly type: 'CreateOrganization';
      readonly data: OrganizationProfile & {
        readonly organizationId: string;
        readonly by: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'UpdateOrganization';
      readonly data: OrganizationProfile & { readonly by: string; readonly at: string };
    }
  | { readonly type: 'AbandonUnfinishedOrganization'; readonly data: { readonly at: string } };

export type OrganizationEvent =
  | {
      readonly type: 'OrganizationCreated';
      readonly data: OrganizationProfile & {
        readonly organizationId: string;
        readonly by: string;
        readonly createdAt: string;
      };
    }
  | {
      readonly type: 'OrganizationUpdated';
      readonly data: OrganizationProfile & {
        readonly organizationId: string;
        readonly by: string;
        readonly updatedAt: string;
      };
    }
  /** Its domains were claimed by a command that crashed before creating it: they may go to another organization. */
  | { readonly type: 'UnfinishedOrganizationAbandoned'; readonly data: { readonly abandonedAt: string } };

export const organizationStreamName = (organizationId: string) => `identity-organization-${organizationId}`;
export const organizationIdOfStream = (streamName: string) => streamName.slice('identity-organization-'.length);

const domainPattern = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Lower case, no duplicates, each a plausible DNS name: "@acme.com" and "ACME.com" both mean acme.com. */
export function normalizeEmailDomains(domains: readonly string[]): string[] {
  const normalized = [...new Set(domains.map((domain) => domain.trim().toLowerCase().replace(/^@/, '')))];
  const invalid = normalized.find((domain) => !domainPattern.test(domain));
  if (invalid !== undefined)
    throw new DomainError('email-domain-invalid', 'invalid', `"${invalid}" is not an email domain`, {
      field: 'emailDomains',
    });
  return normalized;
}

export function organizationHoldsDomain(state: OrganizationState, domain: string): boolean {
  return state.status === 'active' && state.emailDomains.includes(domain);
}

export function organizationMustExist(state: OrganizationState): Extract<OrganizationState, { status: 'active' }> {
  if (state.status === 'none')
    throw new DomainError('organization-not-found', 'not-found', 'There is no such client organization', {
      field: 'organizationId',
    });
  return state;
}

function organizationNameMustBeGiven(name: string): string {
  const trimmed = name.trim();
  if (!trimmed)
    throw new DomainError('organization-name-required', 'invalid', 'An organization needs a name', { field: 'name' });
  return trimmed;
}

const sameProfile = (left: OrganizationProfile, right: OrganizationProfile) =>
  left.name === right.name &&
  left.requestVisibility === right.requestVisibility &&
  left.emailDomains.join() === right.emailDomains.join();

export function decideOrganization(command: OrganizationCommand, state: OrganizationState): OrganizationEvent[] {
  switch (command.type) {
    case 'CreateOrganization': {
      if (state.status !== 'none')
        throw new DomainError('organization-already-exists', 'conflict', 'This organization already exists');
      if (state.abandoned)
        throw new DomainError(
          'command-superseded',
          'conflict',
          'These email domains were given to another organization in the meantime; start again',
        );
      const { organizationId, requestVisibility, by, at } = command.data;
      const name = organizationNameMustBeGiven(command.data.name);
      const emailDomains = normalizeEmailDomains(command.data.emailDomains);
      return [
        {
          type: 'OrganizationCreated',
          data: { organizationId, name, emailDomains, requestVisibility, by, createdAt: at },
        },
      ];
    }
    case 'UpdateOrganization': {
      const existing = organizationMustExist(state);
      const next = {
        name: organizationNameMustBeGiven(command.data.name),
        emailDomains: normalizeEmailDomains(command.data.emailDomains),
        requestVisibility: command.data.requestVisibility,
      };
      if (sameProfile(existing, next)) return [];
      return [
        {
          type: 'OrganizationUpdated',
          data: { ...next, organizationId: existing.organizationId, by: command.data.by, updatedAt: command.data.at },
        },
      ];
    }
    case 'AbandonUnfinishedOrganization':
      return state.status === 'none' && !state.abandoned
        ? [{ type: 'UnfinishedOrganizationAbandoned', data: { abandonedAt: command.data.at } }]
        : [];
    default:
      return assertNever(command, 'organization command');
  }
}

export function evolveOrganization(state: OrganizationState, event: OrganizationEvent): OrganizationState {
  switch (event.type) {
    case 'UnfinishedOrganizationAbandoned':
      return state.status === 'none' ? { status: 'none', abandoned: true } : state;
    case 'OrganizationCreated':
    case 'OrganizationUpdated':
      return {
        status: 'active',
        organizationId: event.data.organizationId,
        name: event.data.name,
        emailDomains: event.data.emailDomains,
        requestVisibility: event.data.requestVisibility,
      };
    default:
      return assertNever(event, 'organization event');
  }
}

export const organizationDecider: Decider<OrganizationCommand, OrganizationEvent, OrganizationState> = {
  initialState: () => ({ status: 'none' }),
  decide: decideOrganization,
  evolve: evolveOrganization,
  // Version 2 carries the organization's id; an upcaster gives it to the stored version 1 from its stream.
  schemaVersions: { OrganizationUpdated: 2 },
};

/**
 * One email domain, one organization: a claim stream per domain, so that two admins saving the same domain for two
 * organizations at once cannot both win.
 */
export const domainClaimDecider = uniqueClaim({
  claim: 'ClaimEmailDomain',
  release: 'ReleaseEmailDomain',
  claimed: 'EmailDomainClaimed',
  released: 'EmailDomainReleased',
  holder: 'organizationId',
  taken: (organizationId) =>
    new DomainError(
      'email-domain-taken',
      'conflict',
      'This email domain already belongs to another client organization',
      { field: 'emailDomains', organizationId },
    ),
});

export type DomainClaimCommand = UniqueClaimCommand<'ClaimEmailDomain', 'ReleaseEmailDomain', 'organizationId'>;
export type DomainClaimEvent = UniqueClaimEvent<'EmailDomainClaimed', 'EmailDomainReleased', 'organizationId'>;
export type DomainClaimState = UniqueClaimState;

export const domainClaimStreamName = (domain: string) => `identity-email-domain-${domain.toLowerCase()}`;
