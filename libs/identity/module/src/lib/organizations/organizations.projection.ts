import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { OrganizationView } from '@lexport/identity-contracts';
import type { OrganizationEvent } from '@lexport/identity-domain';

export type OrganizationDocument = ReadModelDocument & OrganizationView & { readonly sortName: string };
/** One document per email domain, so that sign-up finds an address's organization with one lookup. */
export type OrganizationDomainDocument = ReadModelDocument & { readonly organizationId: string };

const organizationIdOf = (streamName: string) => streamName.slice('identity-organization-'.length);

export const organizationsProjection = defineProjection({
  name: 'identity_organizations',
  version: 1,
  collections: { organizations: { indexes: ['sortName'], textFields: ['name'] }, organization_domains: { indexes: ['organizationId'] } },
  eventTypes: ['OrganizationCreated', 'OrganizationUpdated'],
  async apply(recorded, writer) {
    const event = recorded as unknown as OrganizationEvent;
    const id = organizationIdOf(recorded.streamName);
    const previous = await writer.get<OrganizationDocument>('organizations', id);
    for (const domain of previous?.emailDomains ?? []) {
      const owner = await writer.get<OrganizationDomainDocument>('organization_domains', domain);
      if (owner?.organizationId === id) await writer.delete('organization_domains', domain);
    }
    const { name, emailDomains, requestVisibility } = event.data;
    const createdAt = event.type === 'OrganizationCreated' ? event.data.createdAt : (previous?.createdAt ?? event.data.updatedAt);
    await writer.upsert('organizations', { id, name, sortName: name.toLowerCase(), emailDomains, requestVisibility, createdAt } satisfies OrganizationDocument);
    for (const domain of emailDomains) await writer.upsert('organization_domains', { id: domain, organizationId: id } satisfies OrganizationDomainDocument);
  },
});
