import type { Recorded } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { IdentityEvent, RequestVisibility } from '@lexport/identity-published';
import type { MatterFile, MatterKind, MatterStatus, MattersEvent, NoteAuthorSide } from '@lexport/matters-published';
import type {
  NormalizedAnswers,
  FormDefinition,
  LocalizedText,
  RequestSubmittedEvent,
  RequestsEvent,
} from '@lexport/requests-published';

export interface MatterDocument extends ReadModelDocument {
  readonly reference: string;
  readonly kind: MatterKind;
  readonly subject: string;
  readonly requestTypeId: string;
  readonly requestTypeName: LocalizedText;
  readonly practiceAreaId: string;
  readonly status: MatterStatus;
  readonly requesterId: string;
  readonly requesterName: string;
  readonly organizationId: string | null;
  readonly assigneeId: string | null;
  readonly requestedAt: string;
  readonly lastActivityAt: string;
  readonly formVersion: number;
  readonly form: FormDefinition;
  readonly answers: NormalizedAnswers;
  /** The form's files and the notes' (an internal note's files are the legal team's only). */
  readonly attachments: readonly MatterFileDocument[];
  /** Whether the matter's own stream exists yet (the workflow opens it shortly after the submission). */
  readonly opened: boolean;
  readonly searchText: string;
}

/** Who may see what: an organization's request-visibility setting, and its name. */
export interface OrganizationDocument extends ReadModelDocument {
  readonly name: string;
  readonly requestVisibility: RequestVisibility;
}

export interface PersonDocument extends ReadModelDocument {
  readonly name: string;
}

export interface MatterFileDocument extends MatterFile {
  readonly fieldKey?: string;
  readonly noteId?: string;
  readonly internal: boolean;
}

export interface NoteDocument extends ReadModelDocument {
  readonly matterId: string;
  readonly body: string;
  readonly internal: boolean;
  readonly attachments: readonly MatterFile[];
  readonly authorId: string;
  readonly authorName: string;
  readonly side: NoteAuthorSide;
  readonly addedAt: string;
}

export interface PracticeAreaDocument extends ReadModelDocument {
  readonly name: LocalizedText;
}

type PracticeAreaEvent = Extract<RequestsEvent, { type: 'PracticeAreaCreated' | 'PracticeAreaChanged' }>;
type Handled =
  Recorded<MattersEvent> | Recorded<RequestSubmittedEvent> | Recorded<PracticeAreaEvent> | Recorded<IdentityEvent>;

/**
 * The matters and cases both sides list and open. A request is listed from its submission on, so that the client
 * who submitted it finds it at once (read-your-writes on the submission's position), before the workflow has opened
 * its matter's stream.
 */
export const mattersProjection = defineProjection<Handled>({
  name: 'matters',
  version: 1,
  collections: {
    matters: {
      indexes: [
        'requesterId',
        'organizationId',
        'requestedAt',
        'lastActivityAt',
        'status',
        'kind',
        'reference',
        'subject',
        'practiceAreaId',
        'requestTypeId',
        'assigneeId',
      ],
      textFields: ['searchText'],
    },
    matter_organizations: {},
    matter_people: {},
    matter_practice_areas: {},
    matter_notes: { indexes: ['matterId', 'addedAt', 'internal'] },
  },
  eventTypes: [
    'RequestSubmitted',
    'MatterOpened',
    'NoteAdded',
    'OrganizationCreated',
    'OrganizationUpdated',
    'UserInvited',
    'UserSignedUp',
    'ProfileUpdated',
    'PracticeAreaCreated',
    'PracticeAreaChanged',
  ],
  async apply(event, writer) {
    switch (event.type) {
      case 'RequestSubmitted': {
        const data = event.data;
        await writer.upsert('matters', {
          id: data.requestId,
          reference: data.reference,
          kind: data.kind === 'case' ? 'case' : 'matter',
          subject: data.subject,
          requestTypeId: data.requestTypeId,
          requestTypeName: data.requestTypeName,
          practiceAreaId: data.practiceAreaId,
          status: 'open',
          requesterId: data.requester.userId,
          requesterName: data.requester.name,
          organizationId: data.requester.organizationId,
          assigneeId: data.assigneeId,
          requestedAt: data.submittedAt,
          lastActivityAt: data.submittedAt,
          formVersion: data.formVersion,
          form: data.form,
          answers: data.answers,
          attachments: data.attachments.map((file) => ({ ...file, internal: false })),
          opened: false,
          searchText: [
            data.reference,
            data.subject,
            ...Object.values(data.answers).filter((v) => typeof v === 'string'),
          ]
            .join('\n')
            .toLowerCase(),
        } satisfies MatterDocument);
        return;
      }
      case 'NoteAdded': {
        const { data } = event;
        await writer.upsert('matter_notes', {
          id: data.noteId,
          matterId: data.matterId,
          body: data.body,
          internal: data.internal,
          attachments: data.attachments,
          authorId: data.authorId,
          authorName: data.authorName,
          side: data.side,
          addedAt: data.addedAt,
        } satisfies NoteDocument);
        const matter = await writer.get<MatterDocument>('matters', data.matterId);
        if (!matter) return;
        await writer.patch('matters', data.matterId, {
          attachments: [
            ...matter.attachments,
            ...data.attachments.map((file) => ({ ...file, noteId: data.noteId, internal: data.internal })),
          ],
          // An internal note is no activity a client should see.
          ...(data.internal ? {} : { lastActivityAt: data.addedAt }),
        });
        return;
      }
      case 'MatterOpened':
        await writer.patch('matters', event.data.matterId, { opened: true, status: event.data.status });
        return;
      case 'OrganizationCreated':
      case 'OrganizationUpdated':
        await writer.upsert('matter_organizations', {
          id: event.data.organizationId,
          name: event.data.name,
          requestVisibility: event.data.requestVisibility,
        } satisfies OrganizationDocument);
        return;
      case 'UserInvited':
      case 'UserSignedUp':
        await writer.upsert('matter_people', { id: event.data.userId, name: event.data.name } satisfies PersonDocument);
        return;
      case 'ProfileUpdated':
        await writer.upsert('matter_people', { id: event.data.userId, name: event.data.name } satisfies PersonDocument);
        return;
      case 'PracticeAreaCreated':
      case 'PracticeAreaChanged':
        await writer.upsert('matter_practice_areas', {
          id: event.data.practiceAreaId,
          name: event.data.name,
        } satisfies PracticeAreaDocument);
        return;
      default:
        return;
    }
  },
});
