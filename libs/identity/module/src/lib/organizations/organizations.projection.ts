import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { Recorded } from '@lexport/shared-eventstore';
import type { IdentityOrganizationEvent, OrganizationView } from '@lexport/identity-published';

export type OrganizationDocument = ReadModelDocument & OrganizationView & { readonly sortName: string };

export const organizationsProjection = defineProjection<Recorded<IdentityOrganizationEvent>>({
  name: 'identity_organizations',
  version: 2,
  collections: { organizations: { indexes: ['sortName'], textFields: ['name'] } },
  eventTypes: ['OrganizationCreated', 'OrganizationUpdated'],
  async apply(event, writer) {
    const id = event.data.organizationId;
    const previous = await writer.get<OrganizationDocument>('organizations', id);
    const { name, emailDomains, requestVisibility } = event.data;
    const createdAt =
      event.type === 'OrganizationCreated' ? event.data.createdAt : (previous?.createdAt ?? event.data.updatedAt);
    await writer.upsert('organizations', {
      id,
      name,
      sortName: name.toLowerCase(),
      emailDomains,
      requestVisibility,
      createdAt,
    } satisfies OrganizationDocument);
  },
});
