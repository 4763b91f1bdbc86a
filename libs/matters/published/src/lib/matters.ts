import * as z from 'zod';
import type {
  NormalizedAnswers,
  FormDefinition,
  LocalizedText,
  SubmittedAttachment,
} from '@lexport/requests-published';

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

export interface MatterView extends MatterSummary {
  readonly formVersion: number;
  /** The questions of the version the client answered, so the answers read as they were asked. */
  readonly form: FormDefinition;
  readonly answers: NormalizedAnswers;
  readonly attachments: readonly Omit<SubmittedAttachment, 'sha256'>[];
}

/** The events the matters context publishes, each with its matter's id. */
export type MattersEvent = {
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
    readonly status: MatterStatus;
    readonly requestedAt: string;
    readonly openedAt: string;
  };
};

export const mattersEventTypes = ['MatterOpened'] as const satisfies readonly MattersEvent['type'][];

export const mattersStreams = { matter: (matterId: string) => `matter-${matterId}` } as const;
