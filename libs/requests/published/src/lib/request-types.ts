import * as z from 'zod';
import { nameText, paragraphsText } from '@lexport/shared-published';
import { formDefinition } from './forms/form-definition';
import type { FormDefinition, LocalizedText } from './forms/form-definition';

/**
 * What a submission opens: a corporate matter or a litigation case (in the matters context); contracts, in their
 * own context, are the same kind of request with a reference of their own.
 */
export const requestKinds = ['matter', 'case', 'contract'] as const;
export type RequestKind = (typeof requestKinds)[number];
/** What a request type may open today. */
export const openableKinds = ['matter', 'case'] as const;

export const localizedName = z
  .object({ en: nameText({ min: 2, max: 120 }), fr: nameText({ min: 2, max: 120 }) })
  .strict();
export const localizedDescription = z
  .object({ en: paragraphsText({ max: 1000 }).default(''), fr: paragraphsText({ max: 1000 }).default('') })
  .strict();

const memberIds = z.array(z.uuid()).max(200);

export const createPracticeAreaRequest = z
  .object({ practiceAreaId: z.uuid().optional(), name: localizedName, memberIds: memberIds.default([]) })
  .strict();
export type CreatePracticeAreaRequest = z.input<typeof createPracticeAreaRequest>;

export const changePracticeAreaRequest = z.object({ name: localizedName, memberIds }).strict();
export type ChangePracticeAreaRequest = z.input<typeof changePracticeAreaRequest>;

export const practiceAreaIdParams = z.object({ practiceAreaId: z.uuid() }).strict();

export interface PracticeAreaView {
  readonly id: string;
  readonly name: LocalizedText;
  readonly memberIds: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

const subjectField = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]{0,39}$/)
  .nullable();

const requestTypeDetails = {
  categoryId: z.uuid(),
  name: localizedName,
  description: localizedDescription,
  opens: z.enum(openableKinds),
  practiceAreaId: z.uuid(),
  defaultAssigneeId: z.uuid().nullable().default(null),
  subjectField: subjectField.default(null),
};

/** Where a new type's form starts: one empty section for the builder to fill. */
export const newFormDraft: FormDefinition = {
  sections: [{ key: 'details', title: { en: 'Details', fr: 'Détails' }, fields: [] }],
};

export const createRequestTypeRequest = z
  .object({ requestTypeId: z.uuid().optional(), ...requestTypeDetails, form: formDefinition.optional() })
  .strict();
export type CreateRequestTypeRequest = z.input<typeof createRequestTypeRequest>;

export const changeRequestTypeRequest = z.object(requestTypeDetails).strict();
export type ChangeRequestTypeRequest = z.input<typeof changeRequestTypeRequest>;

export const saveFormDraftRequest = z.object({ form: formDefinition }).strict();
export type SaveFormDraftRequest = z.input<typeof saveFormDraftRequest>;

export const requestTypeIdParams = z.object({ requestTypeId: z.uuid() }).strict();
export const formVersionParams = z
  .object({ requestTypeId: z.uuid(), version: z.coerce.number().int().min(1).max(100_000) })
  .strict();

/** `draft`: never published; `offered`: in the catalogue; `retired`: hidden from it, its requests untouched. */
export const requestTypeStatuses = ['draft', 'offered', 'retired'] as const;
export type RequestTypeStatus = (typeof requestTypeStatuses)[number];

export interface RequestTypeSummary {
  readonly id: string;
  readonly categoryId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly practiceAreaId: string;
  readonly defaultAssigneeId: string | null;
  readonly subjectField: string | null;
  readonly status: RequestTypeStatus;
  readonly latestVersion: number | null;
  /** The draft holds changes not yet published. */
  readonly unpublishedChanges: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RequestTypeView extends RequestTypeSummary {
  readonly draft: FormDefinition;
  /** What staff may do now, computed on the server from the type's state. */
  readonly actions: readonly ('publish' | 'retire' | 'reinstate')[];
}

export const listRequestTypesQuery = z
  .object({
    status: z.enum(requestTypeStatuses).optional(),
    categoryId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(500).default(200),
    offset: z.coerce.number().int().min(0).default(0),
    position: z.coerce.number().int().min(0).optional(),
  })
  .strict();

export const catalogueQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    /** The language searched and sorted in; the signed-in person's by default. */
    language: z.enum(['en', 'fr']).optional(),
    position: z.coerce.number().int().min(0).optional(),
  })
  .strict();
export type CatalogueQuery = z.input<typeof catalogueQuery>;

export interface CatalogueTypeView {
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly practiceArea: { readonly id: string; readonly name: LocalizedText } | null;
}

export interface CatalogueView {
  readonly categories: readonly {
    readonly id: string;
    readonly name: string;
    readonly description: string;
    readonly types: readonly CatalogueTypeView[];
  }[];
  /** Request types offered in all, whatever the search: tells "nothing matches" from "nothing offered yet". */
  readonly offered: number;
}

/** The form a client fills in: the type's latest published version. */
export interface RequestFormView extends CatalogueTypeView {
  readonly categoryId: string;
  readonly formVersion: number;
  readonly form: FormDefinition;
}

export interface FormVersionView {
  readonly requestTypeId: string;
  readonly version: number;
  readonly form: FormDefinition;
  readonly publishedAt: string;
}

export type { FormDefinition, LocalizedText };

export interface LegalTeamMemberView {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}
