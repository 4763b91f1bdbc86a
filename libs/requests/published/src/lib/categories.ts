import * as z from 'zod';
import { nameText, paragraphsText } from '@lexport/shared-published';
import type { FormDefinition, LocalizedText } from './forms/form-definition';
import type { RequestKind } from './request-types';
import type { NormalizedAnswers } from './forms/answers';
import type { Requester, SubmittedAttachment } from './submissions';

export const categoryNameLimits = { min: 2, max: 80 } as const;
export const categoryDescriptionMax = 500;

const categoryName = nameText(categoryNameLimits);

export const createCategoryRequest = z
  .object({
    /** Optional: a client may choose the id (a UUID) so that it can retry without creating twice. */
    categoryId: z.uuid().optional(),
    name: categoryName,
    description: paragraphsText({ max: categoryDescriptionMax }).default(''),
  })
  .strict();
export type CreateCategoryRequest = z.input<typeof createCategoryRequest>;

export const renameCategoryRequest = z.object({ name: categoryName }).strict();
export type RenameCategoryRequest = z.input<typeof renameCategoryRequest>;

export const categorySortFields = ['name', 'createdAt', 'updatedAt'] as const;

export const listCategoriesQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    sort: z.enum(categorySortFields).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    position: z.coerce.number().int().min(0).optional(),
  })
  .strict();
export type ListCategoriesQuery = z.input<typeof listCategoriesQuery>;

export const categoryIdParams = z.object({ categoryId: z.uuid() }).strict();

export const categoryView = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CategoryView = z.infer<typeof categoryView>;

export const categoryPage = z.object({
  items: z.array(categoryView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const commandAccepted = z.object({
  id: z.string(),
  revision: z.number().int(),
  position: z
    .number()
    .int()
    .describe('Global position of the last event written; send it back as x-lexport-position to read your writes'),
});

/**
 * The events the requests context publishes, each with its aggregate's id in its data; the module proves by a
 * type-level spec that its domain events fit them.
 */
export type RequestsEvent =
  | {
      readonly type: 'CategoryCreated';
      readonly data: {
        readonly categoryId: string;
        readonly name: string;
        readonly description: string;
        readonly createdAt: string;
      };
    }
  | {
      readonly type: 'CategoryRenamed';
      readonly data: {
        readonly categoryId: string;
        readonly name: string;
        readonly previousName: string;
        readonly renamedAt: string;
      };
    }
  | PracticeAreaEvent
  | RequestTypeEvent
  | RequestSubmittedEvent;

interface PracticeAreaData {
  readonly practiceAreaId: string;
  readonly name: LocalizedText;
  readonly memberIds: readonly string[];
}

/** A practice area's events (`request-practice-area-<id>`); the domain's decider writes exactly these. */
export type PracticeAreaEvent =
  | { readonly type: 'PracticeAreaCreated'; readonly data: PracticeAreaData & { readonly createdAt: string } }
  | { readonly type: 'PracticeAreaChanged'; readonly data: PracticeAreaData & { readonly changedAt: string } };

interface RequestTypeDetailsData {
  readonly requestTypeId: string;
  readonly categoryId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly practiceAreaId: string;
  readonly defaultAssigneeId: string | null;
  readonly subjectField: string | null;
}

/** A request type's events (`request-type-<id>`); the domain's decider writes exactly these. */
export type RequestTypeEvent =
  | {
      readonly type: 'RequestTypeCreated';
      readonly data: RequestTypeDetailsData & { readonly form: FormDefinition; readonly createdAt: string };
    }
  | {
      readonly type: 'RequestTypeDetailsChanged';
      readonly data: RequestTypeDetailsData & { readonly changedAt: string };
    }
  | {
      readonly type: 'FormDraftSaved';
      readonly data: { readonly requestTypeId: string; readonly form: FormDefinition; readonly savedAt: string };
    }
  | {
      readonly type: 'FormPublished';
      readonly data: {
        readonly requestTypeId: string;
        readonly version: number;
        readonly form: FormDefinition;
        readonly publishedAt: string;
      };
    }
  | {
      readonly type: 'RequestTypeRetired';
      readonly data: { readonly requestTypeId: string; readonly retiredAt: string };
    }
  | {
      readonly type: 'RequestTypeReinstated';
      readonly data: { readonly requestTypeId: string; readonly reinstatedAt: string };
    };

/** A client submitted a request: the matters context opens its matter or case from this. */
export type RequestSubmittedEvent = {
  readonly type: 'RequestSubmitted';
  readonly data: {
    readonly requestId: string;
    readonly reference: string;
    readonly kind: RequestKind;
    readonly requestTypeId: string;
    readonly requestTypeName: LocalizedText;
    readonly categoryId: string;
    readonly practiceAreaId: string;
    readonly formVersion: number;
    readonly form: FormDefinition;
    readonly answers: NormalizedAnswers;
    readonly attachments: readonly SubmittedAttachment[];
    readonly subject: string;
    readonly requester: Requester;
    readonly assigneeId: string | null;
    readonly legalTeam: readonly string[];
    readonly submittedAt: string;
  };
};

export const requestsEventTypes = [
  'CategoryCreated',
  'CategoryRenamed',
  'PracticeAreaCreated',
  'PracticeAreaChanged',
  'RequestTypeCreated',
  'RequestTypeDetailsChanged',
  'FormDraftSaved',
  'FormPublished',
  'RequestTypeRetired',
  'RequestTypeReinstated',
  'RequestSubmitted',
] as const satisfies readonly RequestsEvent['type'][];

export const requestsStreams = {
  category: (categoryId: string) => `request-category-${categoryId}`,
  practiceArea: (practiceAreaId: string) => `request-practice-area-${practiceAreaId}`,
  requestType: (requestTypeId: string) => `request-type-${requestTypeId}`,
  request: (requestId: string) => `request-${requestId}`,
} as const;
