import { projectionSpec } from '@lexport/shared-projections';
import { formDefinition } from '@lexport/requests-published';
import { requestTypesProjection } from './request-types.projection';

const requestTypeId = '4b8f0c1d-2e3f-4e0e-9d2a-6f1c7c1e6a3b';
const stream = `request-type-${requestTypeId}`;
const text = (en: string, fr: string) => ({ en, fr });
const form = (label: string) =>
  formDefinition.parse({
    sections: [
      {
        key: 'main',
        title: text('Main', 'Principal'),
        fields: [{ key: 'subject', type: 'short-text', required: true, label: text(label, label) }],
      },
    ],
  });
const details = {
  requestTypeId,
  categoryId: 'category-1',
  name: text('Litigation support', 'Assistance contentieux'),
  description: text('Claims and court hearings', 'Réclamations et audiences'),
  opens: 'case',
  practiceAreaId: 'area-1',
  defaultAssigneeId: null,
  subjectField: null,
};
const created = {
  streamName: stream,
  type: 'RequestTypeCreated',
  data: { ...details, form: form('Subject'), createdAt: '2026-12-01T09:00:00.000Z' },
};
const published = {
  streamName: stream,
  type: 'FormPublished',
  data: { requestTypeId, version: 1, form: form('Subject'), publishedAt: '2026-12-01T10:00:00.000Z' },
};

const typeDocument = (overrides: Record<string, unknown>) => ({
  id: requestTypeId,
  categoryId: 'category-1',
  name: details.name,
  description: details.description,
  opens: 'case',
  practiceAreaId: 'area-1',
  defaultAssigneeId: null,
  subjectField: null,
  status: 'draft',
  retired: false,
  latestVersion: null,
  draft: form('Subject'),
  publishedForm: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  ...overrides,
});
const catalogueEntry = (offered: boolean) => ({
  id: requestTypeId,
  categoryId: 'category-1',
  practiceAreaId: 'area-1',
  name: details.name,
  description: details.description,
  opens: 'case',
  offered,
  searchEn: 'litigation support\nclaims and court hearings',
  searchFr: 'assistance contentieux\nreclamations et audiences',
  sortEn: 'litigation support',
  sortFr: 'assistance contentieux',
});

describe('the request types projection', () => {
  it('lists a new type as a draft, not offered in the catalogue, searchable without accents', () =>
    projectionSpec(requestTypesProjection)
      .given([created])
      .then({ request_types: [typeDocument({})], request_catalogue: [catalogueEntry(false)] }));

  it('offers a type once a version is published, and keeps the published form to spot unpublished changes', () =>
    projectionSpec(requestTypesProjection)
      .given([created, published])
      .then({
        request_types: [
          typeDocument({
            status: 'offered',
            latestVersion: 1,
            publishedForm: JSON.stringify(form('Subject')),
            updatedAt: '2026-12-01T10:00:00.000Z',
          }),
        ],
        request_catalogue: [catalogueEntry(true)],
      }));

  it('hides a retired type from the catalogue and offers it again when reinstated', () =>
    projectionSpec(requestTypesProjection)
      .given([
        created,
        published,
        {
          streamName: stream,
          type: 'RequestTypeRetired',
          data: { requestTypeId, retiredAt: '2026-12-02T09:00:00.000Z' },
        },
        {
          streamName: stream,
          type: 'RequestTypeReinstated',
          data: { requestTypeId, reinstatedAt: '2026-12-03T09:00:00.000Z' },
        },
      ])
      .then({
        request_types: [
          typeDocument({
            status: 'offered',
            latestVersion: 1,
            publishedForm: JSON.stringify(form('Subject')),
            updatedAt: '2026-12-03T09:00:00.000Z',
          }),
        ],
        request_catalogue: [catalogueEntry(true)],
      }));
});
