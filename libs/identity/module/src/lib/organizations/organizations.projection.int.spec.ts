import { projectionSpec } from '@lexport/shared-projections';
import { organizationsProjection } from './organizations.projection';

const stream = 'identity-organization-acme';
const created = {
  streamName: stream,
  type: 'OrganizationCreated',
  data: {
    organizationId: 'acme',
    name: 'Acme Industries',
    emailDomains: ['acme.test'],
    requestVisibility: 'organization',
    by: 'admin-1',
    createdAt: '2026-11-01T09:00:00.000Z',
  },
};

describe('the organizations projection', () => {
  it('lists a new organization with its domains, sorted by name', () =>
    projectionSpec(organizationsProjection)
      .given([created])
      .then({
        organizations: [
          {
            id: 'acme',
            name: 'Acme Industries',
            sortName: 'acme industries',
            emailDomains: ['acme.test'],
            requestVisibility: 'organization',
            createdAt: '2026-11-01T09:00:00.000Z',
          },
        ],
      }));

  it('keeps the creation date when the organization is renamed and its domains change', () =>
    projectionSpec(organizationsProjection)
      .given([
        created,
        {
          streamName: stream,
          type: 'OrganizationUpdated',
          data: {
            organizationId: 'acme',
            name: 'ACME Group',
            emailDomains: ['acme.test', 'acme.example'],
            requestVisibility: 'own',
            by: 'admin-1',
            updatedAt: '2026-11-20T09:00:00.000Z',
          },
        },
      ])
      .then({
        organizations: [
          {
            id: 'acme',
            name: 'ACME Group',
            sortName: 'acme group',
            emailDomains: ['acme.test', 'acme.example'],
            requestVisibility: 'own',
            createdAt: '2026-11-01T09:00:00.000Z',
          },
        ],
      }));
});
