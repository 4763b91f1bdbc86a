import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import { validateFormDefinition } from '@lexport/requests-published';
import type {
  FormDefinition,
  LocalizedText,
  RequestKind,
  RequestTypeEvent as PublishedRequestTypeEvent,
} from '@lexport/requests-published';

/**
 * A request type of the catalogue ("Request a corporate matter"): what a client may ask for, the form they fill in,
 * and what a submission opens. Staff edit a draft of the form; publishing it makes the next version, which never
 * changes again, so a request renders with the questions it was asked forever after.
 */
export interface RequestTypeDetails {
  readonly categoryId: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly opens: RequestKind;
  readonly practiceAreaId: string;
  /** Who a new request goes to; without one, every member of the practice area's team is told. */
  readonly defaultAssigneeId: string | null;
  /** A short-text field whose answer becomes the request's subject; without one, the type's name is. */
  readonly subjectField: string | null;
}

export type RequestTypeCommand =
  | {
      readonly type: 'CreateRequestType';
      readonly data: RequestTypeDetails & {
        readonly requestTypeId: string;
        readonly form: FormDefinition;
        readonly at: string;
      };
    }
  | {
      readonly type: 'ChangeRequestTypeDetails';
      readonly data: RequestTypeDetails & { readonly requestTypeId: string; readonly at: string };
    }
  | {
      readonly type: 'SaveFormDraft';
      readonly data: { readonly requestTypeId: string; readonly form: FormDefinition; readonly at: string };
    }
  | { readonly type: 'PublishForm'; readonly data: { readonly requestTypeId: string; readonly at: string } }
  | { readonly type: 'RetireRequestType'; readonly data: { readonly requestTypeId: string; readonly at: string } }
  | { readonly type: 'ReinstateRequestType'; readonly data: { readonly requestTypeId: string; readonly at: string } };

/** Published as they are: other contexts read a type's versions and status from them. */
export type RequestTypeEvent = PublishedRequestTypeEvent;

export interface PublishedForm {
  readonly version: number;
  readonly form: FormDefinition;
  readonly publishedAt: string;
}

export type RequestTypeState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'retired';
      readonly requestTypeId: string;
      readonly details: RequestTypeDetails;
      readonly draft: FormDefinition;
      /** Every published version, oldest first; a submission names one of them. */
      readonly versions: readonly PublishedForm[];
    };

type Existing = Exclude<RequestTypeState, { status: 'none' }>;

export const requestTypeStreamName = (requestTypeId: string) => `request-type-${requestTypeId}`;

export function requestTypeMustExist(state: RequestTypeState, requestTypeId: string): Existing {
  if (state.status === 'none')
    throw new DomainError('request-type-not-found', 'not-found', `There is no request type ${requestTypeId}`, {
      requestTypeId,
    });
  return state;
}

export function requestTypeMustBeOffered(state: RequestTypeState, requestTypeId: string): Existing {
  const type = requestTypeMustExist(state, requestTypeId);
  if (type.status === 'retired')
    throw new DomainError('request-type-retired', 'conflict', 'This request type is no longer offered', {
      requestTypeId,
    });
  return type;
}

/** The published version a submission was made with; a draft is never something a client can answer. */
export function formVersionMustExist(type: Existing, version: number): PublishedForm {
  const published = type.versions.find((candidate) => candidate.version === version);
  if (!published)
    throw new DomainError('form-version-not-found', 'not-found', `This request type has no form version ${version}`, {
      field: 'formVersion',
      version,
    });
  return published;
}

/** A draft may be unfinished while staff work on it; a definition the form builder would flag (duplicate keys, conditions on later fields…) is never published. */
export function formMustBeValid(form: FormDefinition, field = 'form'): void {
  const issues = validateFormDefinition(form);
  if (issues.length > 0)
    throw new DomainError('invalid-form-definition', 'invalid', 'The form definition has problems to fix', {
      errors: issues.map((issue) => ({
        pointer: `/${field}${issue.pointer}`,
        field: `${field}${issue.pointer.replaceAll('/', '.')}`,
        code: issue.code,
        message: issue.code,
      })),
    });
}

/** The subject field must be a short text the form asks, or the subject would be empty. */
export function subjectFieldMustBeAsked(form: FormDefinition, subjectField: string | null): void {
  if (subjectField === null) return;
  const field = form.sections.flatMap((section) => section.fields).find((candidate) => candidate.key === subjectField);
  if (!field || field.type !== 'short-text')
    throw new DomainError('subject-field-not-in-form', 'invalid', 'The subject must come from a short-text field', {
      field: 'subjectField',
      subjectField,
    });
}

export function createRequestType(
  command: Extract<RequestTypeCommand, { type: 'CreateRequestType' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, form, at, ...details } = command.data;
  if (state.status !== 'none')
    throw new DomainError('request-type-already-exists', 'conflict', `Request type ${requestTypeId} already exists`, {
      requestTypeId,
    });
  subjectFieldMustBeAsked(form, details.subjectField);
  return [{ type: 'RequestTypeCreated', data: { requestTypeId, ...details, form, createdAt: at } }];
}

export function changeRequestTypeDetails(
  command: Extract<RequestTypeCommand, { type: 'ChangeRequestTypeDetails' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, at, ...details } = command.data;
  const type = requestTypeMustExist(state, requestTypeId);
  subjectFieldMustBeAsked(type.draft, details.subjectField);
  if (JSON.stringify(details) === JSON.stringify(pickDetails(type.details))) return [];
  return [{ type: 'RequestTypeDetailsChanged', data: { requestTypeId, ...details, changedAt: at } }];
}

export function saveFormDraft(
  command: Extract<RequestTypeCommand, { type: 'SaveFormDraft' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, form, at } = command.data;
  const type = requestTypeMustExist(state, requestTypeId);
  if (JSON.stringify(form) === JSON.stringify(type.draft)) return [];
  return [{ type: 'FormDraftSaved', data: { requestTypeId, form, savedAt: at } }];
}

/** Publishing a draft identical to the latest version makes no new version: nothing a client sees would change. */
export function publishForm(
  command: Extract<RequestTypeCommand, { type: 'PublishForm' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, at } = command.data;
  const type = requestTypeMustExist(state, requestTypeId);
  const latest = type.versions.at(-1);
  if (latest && JSON.stringify(latest.form) === JSON.stringify(type.draft)) return [];
  formMustBeValid(type.draft, 'draft');
  subjectFieldMustBeAsked(type.draft, type.details.subjectField);
  return [
    {
      type: 'FormPublished',
      data: { requestTypeId, version: (latest?.version ?? 0) + 1, form: type.draft, publishedAt: at },
    },
  ];
}

export function retireRequestType(
  command: Extract<RequestTypeCommand, { type: 'RetireRequestType' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, at } = command.data;
  const type = requestTypeMustExist(state, requestTypeId);
  if (type.status === 'retired') return [];
  return [{ type: 'RequestTypeRetired', data: { requestTypeId, retiredAt: at } }];
}

export function reinstateRequestType(
  command: Extract<RequestTypeCommand, { type: 'ReinstateRequestType' }>,
  state: RequestTypeState,
): RequestTypeEvent[] {
  const { requestTypeId, at } = command.data;
  const type = requestTypeMustExist(state, requestTypeId);
  if (type.status === 'active') return [];
  return [{ type: 'RequestTypeReinstated', data: { requestTypeId, reinstatedAt: at } }];
}

/** Whether clients can pick it: offered, and with at least one published version. */
export function isInCatalogue(state: RequestTypeState): boolean {
  return state.status === 'active' && state.versions.length > 0;
}

function pickDetails(details: RequestTypeDetails): RequestTypeDetails {
  const { categoryId, name, description, opens, practiceAreaId, defaultAssigneeId, subjectField } = details;
  return { categoryId, name, description, opens, practiceAreaId, defaultAssigneeId, subjectField };
}

export const requestTypeDecider: Decider<RequestTypeCommand, RequestTypeEvent, RequestTypeState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'CreateRequestType':
        return createRequestType(command, state);
      case 'ChangeRequestTypeDetails':
        return changeRequestTypeDetails(command, state);
      case 'SaveFormDraft':
        return saveFormDraft(command, state);
      case 'PublishForm':
        return publishForm(command, state);
      case 'RetireRequestType':
        return retireRequestType(command, state);
      case 'ReinstateRequestType':
        return reinstateRequestType(command, state);
      default:
        return assertNever(command, 'request type command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RequestTypeCreated': {
        const { requestTypeId, form, createdAt: _createdAt, ...details } = event.data;
        return { status: 'active', requestTypeId, details: pickDetails(details), draft: form, versions: [] };
      }
      case 'RequestTypeDetailsChanged': {
        if (state.status === 'none') return state;
        const { requestTypeId: _id, changedAt: _changedAt, ...details } = event.data;
        return { ...state, details: pickDetails(details) };
      }
      case 'FormDraftSaved':
        return state.status === 'none' ? state : { ...state, draft: event.data.form };
      case 'FormPublished':
        return state.status === 'none'
          ? state
          : {
              ...state,
              versions: [
                ...state.versions,
                { version: event.data.version, form: event.data.form, publishedAt: event.data.publishedAt },
              ],
            };
      case 'RequestTypeRetired':
        return state.status === 'none' ? state : { ...state, status: 'retired' };
      case 'RequestTypeReinstated':
        return state.status === 'none' ? state : { ...state, status: 'active' };
      default:
        return assertNever(event, 'request type event');
    }
  },
};
