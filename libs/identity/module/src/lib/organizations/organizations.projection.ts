import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { OrganizationView } from '@lexport/identity-published';
import type { OrganizationEvent } from '@lexport/identity-domain';

export type OrganizationDocument = ReadModelDocument & OrganizationView & { readonly sortName: string };

const organizationIdOf = (streamName: string) => streamName.slice('identity-organization-'.length);

export const organizationsProjection = defineProjection({
  name: 'identity_organizations',
  version: 2,
  collections: { organizations: { indexes: ['sortName'], textFields: ['name'] } },
  eventTypes: ['OrganizationCreated', 'OrganizationUpdated'],
  async apply(recorded, writer) {
    const event = recorded as unknown as OrganizationEvent;
    if (event.type === 'UnfinishedOrganizationAbandoned') return;
    const id = organizationIdOf(recorded.streamName);
    const previous = await writer.get<OrganizationDocument>('organizations', id);
    const { name, emailDomains, requestVisibility } = event.data;
    const createdAt = event.type === 'OrganizationCreated' ? event.data.createdAt : (previous?.createdAt ?? event.data.updatedAt);
    await writer.upsert('organizations', { id, name, sortName: name.toLowerCase(), emailDomains, requestVisibility, createdAt } satisfies OrganizationDocument);
  },
});
