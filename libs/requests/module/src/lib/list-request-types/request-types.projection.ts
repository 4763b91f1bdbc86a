import type { Recorded } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type {
  FormDefinition,
  LocalizedText,
  RequestKind,
  RequestsEvent,
  RequestTypeStatus,
} from '@lexport/requests-published';

export interface RequestTypeDocument extends ReadModelDocument {
  readonly categoryId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly practiceAreaId: string;
  readonly defaultAssigneeId: string | null;
  readonly subjectField: string | null;
  readonly status: RequestTypeStatus;
  readonly retired: boolean;
  readonly latestVersion: number | null;
  readonly draft: FormDefinition;
  /** The latest version's form as JSON, to tell whether the draft holds unpublished changes. */
  readonly publishedForm: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What the catalogue needs of a type, without its forms: searched in each language, accents and case folded. */
export interface CatalogueEntryDocument extends ReadModelDocument {
  readonly categoryId: string;
  readonly practiceAreaId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly offered: boolean;
  readonly searchEn: string;
  readonly searchFr: string;
  readonly sortEn: string;
  readonly sortFr: string;
}

export const foldedText = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const statusOf = (retired: boolean, latestVersion: number | null): RequestTypeStatus =>
  retired ? 'retired' : latestVersion === null ? 'draft' : 'offered';

function catalogueEntry(type: RequestTypeDocument): CatalogueEntryDocument {
  return {
    id: type.id,
    categoryId: type.categoryId,
    practiceAreaId: type.practiceAreaId,
    name: type.name,
    description: type.description,
    opens: type.opens,
    offered: type.status === 'offered',
    searchEn: foldedText(`${type.name.en}\n${type.description.en}`),
    searchFr: foldedText(`${type.name.fr}\n${type.description.fr}`),
    sortEn: foldedText(type.name.en),
    sortFr: foldedText(type.name.fr),
  };
}

const requestTypeEventTypes = [
  'RequestTypeCreated',
  'RequestTypeDetailsChanged',
  'FormDraftSaved',
  'FormPublished',
  'RequestTypeRetired',
  'RequestTypeReinstated',
] as const;
type RequestTypeEvent = Extract<RequestsEvent, { type: (typeof requestTypeEventTypes)[number] }>;

export const requestTypesProjection = defineProjection<Recorded<RequestTypeEvent>>({
  name: 'request_types',
  version: 1,
  collections: {
    request_types: { indexes: ['status', 'categoryId', 'createdAt'] },
    request_catalogue: { indexes: ['offered', 'sortEn', 'sortFr'], textFields: ['searchEn', 'searchFr'] },
  },
  eventTypes: requestTypeEventTypes,
  async apply(event, writer) {
    const write = async (type: RequestTypeDocument) => {
      await writer.upsert('request_types', type);
      await writer.upsert('request_catalogue', catalogueEntry(type));
    };
    if (event.type === 'RequestTypeCreated') {
      const { requestTypeId, form, createdAt, ...details } = event.data;
      await write({
        id: requestTypeId,
        ...details,
        status: 'draft',
        retired: false,
        latestVersion: null,
        draft: form,
        publishedForm: null,
        createdAt,
        updatedAt: createdAt,
      });
      return;
    }
    const type = await writer.get<RequestTypeDocument>('request_types', event.data.requestTypeId);
    if (!type) return;
    switch (event.type) {
      case 'RequestTypeDetailsChanged': {
        const { requestTypeId: _id, changedAt, ...details } = event.data;
        await write({ ...type, ...details, updatedAt: changedAt });
        return;
      }
      case 'FormDraftSaved':
        await write({ ...type, draft: event.data.form, updatedAt: event.data.savedAt });
        return;
      case 'FormPublished':
        await write({
          ...type,
          latestVersion: event.data.version,
          publishedForm: JSON.stringify(event.data.form),
          status: statusOf(type.retired, event.data.version),
          updatedAt: event.data.publishedAt,
        });
        return;
      case 'RequestTypeRetired':
        await write({ ...type, retired: true, status: 'retired', updatedAt: event.data.retiredAt });
        return;
      case 'RequestTypeReinstated':
        await write({
          ...type,
          retired: false,
          status: statusOf(false, type.latestVersion),
          updatedAt: event.data.reinstatedAt,
        });
        return;
    }
  },
});
