import * as z from 'zod';
import { paragraphsText } from '@lexport/shared-published';
import type { NormalizedAnswers, FormDefinition, LocalizedText } from '@lexport/requests-published';

/** A corporate matter or a litigation case; contracts have a context of their own. */
export const matterKinds = ['matter', 'case'] as const;
export type MatterKind = (typeof matterKinds)[number];

export const matterStatuses = ['open', 'in-progress', 'on-hold', 'closed'] as const;
export type MatterStatus = (typeof matterStatuses)[number];

/** A filter that takes several values, written `a,b` in the URL (chips that combine: any of them). */
const anyOf = <const Values extends readonly [string, ...string[]] | null>(values: Values) =>
  z
    .string()
    .max(2000)
    .transform((text) => text.split(',').filter((part) => part !== ''))
    .pipe(
      z
        .array(values === null ? z.string().min(1).max(100) : z.enum(values))
        .min(1)
        .max(50),
    );
const anyId = () =>
  z
    .string()
    .max(4000)
    .transform((text) => text.split(',').filter((part) => part !== ''))
    .pipe(z.array(z.uuid()).min(1).max(50));

export const matterSortFields = ['reference', 'subject', 'status', 'kind', 'requestedAt', 'lastActivityAt'] as const;
export type MatterSortField = (typeof matterSortFields)[number];

/** What a list shows: the same for a page of it and for its Excel export. */
const matterFilters = {
  search: z.string().trim().max(100).optional(),
  kind: anyOf(matterKinds).optional(),
  status: anyOf(matterStatuses).optional(),
  practiceAreaId: anyId().optional(),
  requestTypeId: anyId().optional(),
  /** Staff only; a client's list is already theirs (or their organization's). */
  organizationId: anyOf(null).optional(),
  assigneeId: anyId().optional(),
  sort: z.enum(matterSortFields).default('requestedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  position: z.coerce.number().int().min(0).optional(),
};

export const listMattersQuery = z
  .object({
    ...matterFilters,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();
export type ListMattersQuery = z.input<typeof listMattersQuery>;

export const exportMattersQuery = z.object({ ...matterFilters, language: z.enum(['en', 'fr']).optional() }).strict();
export type ExportMattersQuery = z.input<typeof exportMattersQuery>;

export const matterIdParams = z.object({ matterId: z.uuid() }).strict();
export const matterAttachmentParams = z.object({ matterId: z.uuid(), attachmentId: z.uuid() }).strict();

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export interface MatterSummary {
  readonly id: string;
  readonly reference: string;
  readonly kind: MatterKind;
  readonly subject: string;
  readonly requestType: { readonly id: string; readonly name: LocalizedText };
  readonly practiceAreaId: string;
  readonly practiceArea: { readonly id: string; readonly name: LocalizedText } | null;
  readonly status: MatterStatus;
  readonly requester: PersonRef;
  readonly organization: PersonRef | null;
  readonly assignee: PersonRef | null;
  readonly requestedAt: string;
  readonly lastActivityAt: string;
}

/** A file of a matter: the bytes are in the blob store under their sha256. */
export interface MatterFile {
  readonly attachmentId: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** Every file a reader may see: the form's (with the field it answers) and the notes' (with their note). */
export interface MatterFileView extends Omit<MatterFile, 'sha256'> {
  readonly fieldKey?: string;
  readonly noteId?: string;
}

export interface MatterView extends MatterSummary {
  readonly formVersion: number;
  /** The questions of the version the client answered, so the answers read as they were asked. */
  readonly form: FormDefinition;
  readonly answers: NormalizedAnswers;
  readonly attachments: readonly MatterFileView[];
}

export const noteAuthorSides = ['client', 'legal'] as const;
export type NoteAuthorSide = (typeof noteAuthorSides)[number];
export const noteBodyMax = 10_000;

export const addNoteRequest = z
  .object({
    body: paragraphsText({ max: noteBodyMax }).default(''),
    /** Legal team only: never shown to the client. */
    internal: z.boolean().default(false),
    /** Files the author uploaded (`POST /api/attachments`) for this note. */
    attachmentIds: z.array(z.uuid()).max(10).default([]),
  })
  .strict();
export type AddNoteRequest = z.input<typeof addNoteRequest>;

export interface NoteView {
  readonly id: string;
  readonly body: string;
  readonly internal: boolean;
  readonly author: PersonRef & { readonly side: NoteAuthorSide };
  readonly attachments: readonly Omit<MatterFile, 'sha256'>[];
  readonly addedAt: string;
}

/** Where the portal shows a note: the request page, scrolled to it. */
export const notePath = (matterId: string, noteId: string) => `/requests/${matterId}#note-${noteId}`;

/** The in-app notifications the matters context gives; the web client words each in the reader's language. */
export const mattersNotificationKinds = ['note-added'] as const;
export type MattersNotificationKind = (typeof mattersNotificationKinds)[number];

/** The events the matters context publishes, each with its matter's id. */
export type MattersEvent =
  | {
      readonly type: 'MatterOpened';
      readonly data: {
        readonly matterId: string;
        readonly kind: MatterKind;
        readonly reference: string;
        readonly requestTypeId: string;
        readonly subject: string;
        readonly requesterId: string;
        readonly organizationId: string | null;
        readonly practiceAreaId: string;
        readonly assigneeId: string | null;
        readonly legalTeam: readonly string[];
        readonly status: MatterStatus;
        readonly requestedAt: string;
        readonly openedAt: string;
      };
    }
  | {
      readonly type: 'NoteAdded';
      readonly data: {
        readonly matterId: string;
        readonly noteId: string;
        readonly reference: string;
        readonly body: string;
        readonly internal: boolean;
        readonly attachments: readonly MatterFile[];
        readonly authorId: string;
        readonly authorName: string;
        readonly side: NoteAuthorSide;
        readonly notify: readonly string[];
        readonly addedAt: string;
      };
    };

export const mattersEventTypes = ['MatterOpened', 'NoteAdded'] as const satisfies readonly MattersEvent['type'][];

export const mattersStreams = { matter: (matterId: string) => `matter-${matterId}` } as const;
