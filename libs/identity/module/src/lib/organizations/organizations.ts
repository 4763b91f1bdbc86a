import { Inject, Injectable } from '@nestjs/common';
import { DomainError, fold } from '@lexport/shared-ddd';
import type { EventStore } from '@lexport/shared-eventstore';
import { CommandExecutor, EVENT_STORE, ProjectionsService } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { organizationDecider, organizationMustExist, organizationStreamName, signUpPolicyDecider, signUpPolicyStreamName } from '@lexport/identity-domain';
import type { OrganizationCommand, OrganizationEvent, OrganizationState, SignUpPolicy, SignUpPolicyCommand, SignUpPolicyEvent } from '@lexport/identity-domain';
import type { OrganizationDocument, OrganizationDomainDocument } from './organizations.projection';
import { organizationsProjection } from './organizations.projection';

/** Client organizations and the firm's sign-up policy, as the identity controllers use them. */
@Injectable()
export class Organizations {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly projections: ProjectionsService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async state(organizationId: string): Promise<OrganizationState> {
    return fold(organizationDecider, (await this.events.readStream(organizationStreamName(organizationId))) as unknown as OrganizationEvent[]);
  }

  execute(organizationId: string, command: OrganizationCommand, context: CommandContext) {
    return this.executor.execute(organizationDecider, organizationStreamName(organizationId), command, context);
  }

  /** Read from the stream, not a projection: assigning a user to an organization that does not exist must fail. */
  async mustExist(organizationId: string): Promise<void> {
    organizationMustExist(await this.state(organizationId));
  }

  async organizationOfEmail(email: string): Promise<string | null> {
    const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
    const owner = await this.projections.reader(organizationsProjection.name).get<OrganizationDomainDocument>('organization_domains', domain);
    return owner?.organizationId ?? null;
  }

  /** Two organizations cannot both admit sign-ups from one domain: the address would not say which one it joins. */
  async domainsMustBeFree(emailDomains: readonly string[], organizationId: string | null): Promise<void> {
    const reader = this.projections.reader(organizationsProjection.name);
    for (const domain of emailDomains) {
      const owner = await reader.get<OrganizationDomainDocument>('organization_domains', domain.toLowerCase().replace(/^@/, ''));
      if (owner && owner.organizationId !== organizationId) {
        const other = await reader.get<OrganizationDocument>('organizations', owner.organizationId);
        throw new DomainError('email-domain-taken', 'conflict', `${domain} already belongs to ${other?.name ?? 'another organization'}`, { field: 'emailDomains', domain });
      }
    }
  }

  async signUpPolicy(): Promise<SignUpPolicy> {
    return fold(signUpPolicyDecider, (await this.events.readStream(signUpPolicyStreamName)) as unknown as SignUpPolicyEvent[]);
  }

  changeSignUpPolicy(command: SignUpPolicyCommand, context: CommandContext) {
    return this.executor.execute(signUpPolicyDecider, signUpPolicyStreamName, command, context);
  }
}
