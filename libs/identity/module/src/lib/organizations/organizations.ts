import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, followUpOf, ProjectionsService } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import {
  domainClaimDecider,
  domainClaimStreamName,
  organizationDecider,
  organizationHoldsDomain,
  organizationMustExist,
  organizationStreamName,
  signUpPolicyDecider,
  signUpPolicyStreamName,
} from '@lexport/identity-domain';
import type {
  OrganizationCommand,
  OrganizationState,
  SignUpPolicy,
  SignUpPolicyCommand,
} from '@lexport/identity-domain';
import { claimWithTakeover } from '@lexport/shared-platform';
import type { OrganizationDocument } from './organizations.projection';
import { organizationsProjection } from './organizations.projection';

/** Client organizations and the firm's sign-up policy, as the identity slices use them. */
@Injectable()
export class Organizations {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  now(): string {
    return this.clock.now().toISOString();
  }

  async state(organizationId: string): Promise<OrganizationState> {
    return (await this.executor.aggregateStream(organizationDecider, organizationStreamName(organizationId))).state;
  }

  execute(organizationId: string, command: OrganizationCommand, context: CommandContext) {
    return this.executor.execute(organizationDecider, organizationStreamName(organizationId), command, context);
  }

  /** Read from the stream, not a projection: assigning a user to an organization that does not exist must fail. */
  async mustExist(organizationId: string): Promise<void> {
    organizationMustExist(await this.state(organizationId));
  }

  /** The organization whose email domain this address is at, from the domain's claim stream. */
  async organizationOfEmail(email: string): Promise<string | null> {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const organizationId = await this.holderOfDomain(domain);
    // A claim not yet given back (a crashed creation, a domain just removed) names an organization without it.
    return organizationId && organizationHoldsDomain(await this.state(organizationId), domain) ? organizationId : null;
  }

  private async holderOfDomain(domain: string): Promise<string | null> {
    const { state: claim } = await this.executor.aggregateStream(domainClaimDecider, domainClaimStreamName(domain));
    return claim.status === 'claimed' ? claim.holder : null;
  }

  /**
   * Claims the domains an organization is given, releases the ones it loses. A domain another organization holds is
   * refused, naming that organization; nothing is claimed then.
   */
  async claimDomains(
    organizationId: string,
    domains: readonly string[],
    at: string,
    context: CommandContext,
  ): Promise<void> {
    const claimed: string[] = [];
    try {
      for (const domain of domains) {
        await claimWithTakeover({
          claim: () =>
            this.executor.execute(
              domainClaimDecider,
              domainClaimStreamName(domain),
              { type: 'ClaimEmailDomain', data: { organizationId, at } },
              context,
            ),
          takenCode: 'email-domain-taken',
          holder: () => this.holderOfDomain(domain),
          holderHasLetGo: async (holder) => {
            await this.execute(
              holder,
              { type: 'AbandonUnfinishedOrganization', data: { at } },
              followUpOf(context, `abandon/${holder}`),
            );
            return !organizationHoldsDomain(await this.state(holder), domain);
          },
          release: (holder) => this.releaseDomains(holder, [domain], at, followUpOf(context, `release/${holder}`)),
        });
        claimed.push(domain);
      }
    } catch (error) {
      await this.releaseDomains(organizationId, claimed, at, followUpOf(context, 'undo'));
      if (error instanceof DomainError && error.code === 'email-domain-taken') {
        const owner = await this.projections
          .reader(organizationsProjection.name)
          .get<OrganizationDocument>('organizations', String(error.details['organizationId']));
        throw new DomainError(
          'email-domain-taken',
          'conflict',
          `${domains[claimed.length]} already belongs to ${owner?.name ?? 'another organization'}`,
          {
            field: 'emailDomains',
            domain: domains[claimed.length],
          },
        );
      }
      throw error;
    }
  }

  async releaseDomains(
    organizationId: string,
    domains: readonly string[],
    at: string,
    context: CommandContext,
  ): Promise<void> {
    for (const domain of domains) {
      await this.executor.execute(
        domainClaimDecider,
        domainClaimStreamName(domain),
        { type: 'ReleaseEmailDomain', data: { organizationId, at } },
        context,
      );
    }
  }

  async signUpPolicy(): Promise<SignUpPolicy> {
    return (await this.executor.aggregateStream(signUpPolicyDecider, signUpPolicyStreamName)).state;
  }

  changeSignUpPolicy(command: SignUpPolicyCommand, context: CommandContext) {
    return this.executor.execute(signUpPolicyDecider, signUpPolicyStreamName, command, context);
  }
}
