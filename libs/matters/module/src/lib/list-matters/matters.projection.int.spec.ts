import { projectionSpec } from '@lexport/shared-projections';
import { formDefinition } from '@lexport/requests-published';
import { mattersProjection } from './matters.projection';

const requestId = '4b8f0c1d-2e3f-4e0e-9d2a-6f1c7c1e6a3b';
const at = '2026-12-01T09:00:00.000Z';
const form = formDefinition.parse({
  sections: [
    {
      key: 'main',
      title: { en: 'Main', fr: 'Principal' },
      fields: [{ key: 'subject', type: 'short-text', required: true, label: { en: 'Subject', fr: 'Objet' } }],
    },
  ],
});
const submitted = {
  streamName: `request-${requestId}`,
  type: 'RequestSubmitted',
  data: {
    requestId,
    reference: 'C-2026-00007',
    kind: 'case',
    requestTypeId: 'type-1',
    requestTypeName: { en: 'Litigation support', fr: 'Assistance contentieux' },
    categoryId: 'category-1',
    practiceAreaId: 'area-1',
    formVersion: 1,
    form,
    answers: { subject: 'Unpaid invoices' },
    attachments: [],
    subject: 'Unpaid invoices',
    requester: {
      userId: 'client-1',
      name: 'Claire',
      email: 'claire@acme.demo',
      language: 'fr',
      organizationId: 'acme',
    },
    assigneeId: null,
    legalTeam: ['staff-1'],
    submittedAt: at,
  },
};
const matter = {
  id: requestId,
  reference: 'C-2026-00007',
  kind: 'case',
  subject: 'Unpaid invoices',
  requestTypeId: 'type-1',
  requestTypeName: { en: 'Litigation support', fr: 'Assistance contentieux' },
  practiceAreaId: 'area-1',
  status: 'open',
  requesterId: 'client-1',
  requesterName: 'Claire',
  organizationId: 'acme',
  assigneeId: null,
  requestedAt: at,
  lastActivityAt: at,
  formVersion: 1,
  form,
  answers: { subject: 'Unpaid invoices' },
  attachments: [],
  opened: false,
  searchText: 'c-2026-00007\nunpaid invoices\nunpaid invoices',
};

describe('the matters projection', () => {
  it('lists a request from its submission, before its matter is opened', () =>
    projectionSpec(mattersProjection)
      .given([submitted])
      .then({ matters: [matter] }));

  it('marks it opened when the workflow opened its matter', () =>
    projectionSpec(mattersProjection)
      .given([
        submitted,
        {
          streamName: `matter-${requestId}`,
          type: 'MatterOpened',
          data: {
            matterId: requestId,
            kind: 'case',
            reference: 'C-2026-00007',
            requestTypeId: 'type-1',
            subject: 'Unpaid invoices',
            requesterId: 'client-1',
            organizationId: 'acme',
            practiceAreaId: 'area-1',
            assigneeId: null,
            legalTeam: ['staff-1'],
            status: 'open',
            requestedAt: at,
            openedAt: at,
          },
        },
      ])
      .then({ matters: [{ ...matter, opened: true }] }));

  it("keeps each organization's request visibility and each person's current name", () =>
    projectionSpec(mattersProjection)
      .given([
        {
          streamName: 'identity-organization-globex',
          type: 'OrganizationCreated',
          data: {
            organizationId: 'globex',
            name: 'Globex',
            emailDomains: [],
            requestVisibility: 'own',
            by: 'admin',
            createdAt: at,
          },
        },
        {
          streamName: 'identity-user-u1',
          type: 'ProfileUpdated',
          data: { userId: 'u1', name: 'Paul Bernard', language: 'fr', updatedAt: at },
        },
      ])
      .then({
        matter_organizations: [{ id: 'globex', name: 'Globex', requestVisibility: 'own' }],
        matter_people: [{ id: 'u1', name: 'Paul Bernard' }],
      }));
});
