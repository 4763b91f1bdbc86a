import { given } from '@lexport/shared-ddd';
import { formDefinition } from '@lexport/requests-published';
import type { FormDefinition } from '@lexport/requests-published';
import { requestTypeDecider } from './request-type';
import type { RequestTypeDetails, RequestTypeEvent } from './request-type';

const requestTypeId = 'type-1';
const at = '2026-12-01T09:00:00.000Z';
const later = '2026-12-02T09:00:00.000Z';
const text = (en: string, fr = en) => ({ en, fr });

const details: RequestTypeDetails = {
  categoryId: 'category-1',
  name: text('Request a corporate matter', 'Demander un dossier'),
  description: text('Incorporations', 'Constitutions'),
  opens: 'matter',
  practiceAreaId: 'area-1',
  defaultAssigneeId: null,
  subjectField: null,
};

const form = (label: string): FormDefinition =>
  formDefinition.parse({
    sections: [
      {
        key: 'main',
        title: text('Main'),
        fields: [{ key: 'subject', type: 'short-text', required: true, label: text(label) }],
      },
    ],
  });

const created: RequestTypeEvent = {
  type: 'RequestTypeCreated',
  data: { requestTypeId, ...details, form: form('Subject'), createdAt: at },
};
const published = (version: number, label: string): RequestTypeEvent => ({
  type: 'FormPublished',
  data: { requestTypeId, version, form: form(label), publishedAt: at },
});
const draftSaved = (label: string): RequestTypeEvent => ({
  type: 'FormDraftSaved',
  data: { requestTypeId, form: form(label), savedAt: at },
});
const spec = given(requestTypeDecider);

describe('a request type', () => {
  describe('creating it', () => {
    it('starts with its form as a draft, not yet offered', () =>
      spec([])
        .when({ type: 'CreateRequestType', data: { requestTypeId, ...details, form: form('Subject'), at } })
        .then([created]));

    it('refuses an id that exists', () =>
      spec([created])
        .when({ type: 'CreateRequestType', data: { requestTypeId, ...details, form: form('Subject'), at } })
        .thenThrows('request-type-already-exists'));

    it('refuses a subject field the form does not ask', () =>
      spec([])
        .when({
          type: 'CreateRequestType',
          data: { requestTypeId, ...details, subjectField: 'title', form: form('Subject'), at },
        })
        .thenThrows('subject-field-not-in-form'));
  });

  describe('editing its draft', () => {
    it('saves a changed draft', () =>
      spec([created])
        .when({ type: 'SaveFormDraft', data: { requestTypeId, form: form('Object'), at } })
        .then([draftSaved('Object')]));

    it('saves an unfinished draft: only publishing needs a valid definition', () => {
      const unfinished = formDefinition.parse({
        sections: [
          {
            key: 'main',
            title: text('Main'),
            fields: [{ key: 'kind', type: 'single-select', required: true, label: text('Kind'), options: [] }],
          },
        ],
      });
      spec([created])
        .when({ type: 'SaveFormDraft', data: { requestTypeId, form: unfinished, at } })
        .then([{ type: 'FormDraftSaved', data: { requestTypeId, form: unfinished, savedAt: at } }]);
    });

    it('does nothing when the draft is unchanged', () =>
      spec([created])
        .when({ type: 'SaveFormDraft', data: { requestTypeId, form: form('Subject'), at } })
        .thenNothingHappened());

    it('refuses a type that does not exist', () =>
      spec([])
        .when({ type: 'SaveFormDraft', data: { requestTypeId, form: form('Subject'), at } })
        .thenThrows('request-type-not-found'));
  });

  describe('publishing', () => {
    it('makes the draft version 1', () =>
      spec([created])
        .when({ type: 'PublishForm', data: { requestTypeId, at } })
        .then([published(1, 'Subject')]));

    it('makes the next version from a changed draft, leaving earlier versions as they were', () =>
      spec([created, published(1, 'Subject'), draftSaved('Object')])
        .when({ type: 'PublishForm', data: { requestTypeId, at } })
        .then([published(2, 'Object')]));

    it('makes no new version when the draft is the latest version', () =>
      spec([created, published(1, 'Subject')])
        .when({ type: 'PublishForm', data: { requestTypeId, at: later } })
        .thenNothingHappened());

    it('refuses a definition the form builder would flag', () => {
      const invalid = formDefinition.parse({
        sections: [
          {
            key: 'main',
            title: text('Main'),
            fields: [
              { key: 'subject', type: 'short-text', required: true, label: text('Subject') },
              { key: 'subject', type: 'short-text', required: true, label: text('Again') },
            ],
          },
        ],
      });
      spec([created, { type: 'FormDraftSaved', data: { requestTypeId, form: invalid, savedAt: at } }])
        .when({ type: 'PublishForm', data: { requestTypeId, at } })
        .thenThrows('invalid-form-definition');
    });
  });

  describe('retiring and reinstating', () => {
    it('retires an offered type', () =>
      spec([created, published(1, 'Subject')])
        .when({ type: 'RetireRequestType', data: { requestTypeId, at } })
        .then([{ type: 'RequestTypeRetired', data: { requestTypeId, retiredAt: at } }]));

    it('retires once', () =>
      spec([created, { type: 'RequestTypeRetired', data: { requestTypeId, retiredAt: at } }])
        .when({ type: 'RetireRequestType', data: { requestTypeId, at: later } })
        .thenNothingHappened());

    it('reinstates a retired type', () =>
      spec([created, { type: 'RequestTypeRetired', data: { requestTypeId, retiredAt: at } }])
        .when({ type: 'ReinstateRequestType', data: { requestTypeId, at: later } })
        .then([{ type: 'RequestTypeReinstated', data: { requestTypeId, reinstatedAt: later } }]));
  });

  describe('changing its details', () => {
    it('records new names at once (they are not part of the form versions)', () =>
      spec([created])
        .when({
          type: 'ChangeRequestTypeDetails',
          data: { requestTypeId, ...details, name: text('Corporate matter', 'Dossier'), at },
        })
        .then([
          {
            type: 'RequestTypeDetailsChanged',
            data: { requestTypeId, ...details, name: text('Corporate matter', 'Dossier'), changedAt: at },
          },
        ]));

    it('does nothing when nothing changed', () =>
      spec([created])
        .when({ type: 'ChangeRequestTypeDetails', data: { requestTypeId, ...details, at } })
        .thenNothingHappened());
  });
});
