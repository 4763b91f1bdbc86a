import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import { answerIssuesAsFieldErrors, normalizeAnswers, validateAnswers } from '@lexport/requests-published';
import type {
  NormalizedAnswers,
  FormDefinition,
  LocalizedText,
  RequestKind,
  SubmittedAttachment,
  Requester,
  RequestSubmittedEvent,
} from '@lexport/requests-published';

/**
 * A client's request, as submitted: the answers to one published version of its type's form, the files they
 * attached, and the reference both sides quote. The matter or case it opens lives in the matters context.
 */
export interface SubmitRequestData {
  readonly requestId: string;
  readonly reference: string;
  readonly requestType: {
    readonly requestTypeId: string;
    readonly name: LocalizedText;
    readonly categoryId: string;
    readonly opens: RequestKind;
    readonly practiceAreaId: string;
    readonly defaultAssigneeId: string | null;
    readonly subjectField: string | null;
  };
  readonly formVersion: number;
  readonly form: FormDefinition;
  /** As sent: checked against the form here. */
  readonly answers: unknown;
  /** The files the requester uploaded that the answers may name, by attachment id. */
  readonly uploads: readonly Omit<SubmittedAttachment, 'fieldKey'>[];
  readonly requester: Requester;
  /** The practice area's team, told when the type names no assignee. */
  readonly practiceAreaTeam: readonly string[];
  readonly at: string;
}

export type RequestCommand = { readonly type: 'SubmitRequest'; readonly data: SubmitRequestData };

/** Published as it is: the matters context opens the matter or case from it. */
export type RequestEvent = RequestSubmittedEvent;

export type RequestState =
  | { readonly status: 'none' }
  | {
      readonly status: 'submitted';
      readonly requestId: string;
      readonly reference: string;
      readonly kind: RequestKind;
    };

export const requestStreamName = (requestId: string) => `request-${requestId}`;

const referencePrefixes: Readonly<Record<RequestKind, string>> = { matter: 'M', case: 'C', contract: 'K' };

/** `M-2026-00042`: per kind and year, numbered from 1; five digits at least, more when a year needs them. */
export function formatReference(kind: RequestKind, year: number, number: number): string {
  return `${referencePrefixes[kind]}-${year}-${String(number).padStart(5, '0')}`;
}

export function requestMustBeNew(state: RequestState, requestId: string): void {
  if (state.status !== 'none')
    throw new DomainError('request-already-submitted', 'conflict', `Request ${requestId} was already submitted`, {
      requestId,
    });
}

/** One validator for browser and server: the same issues, each with a JSON pointer to its answer. */
export function answersMustFitForm(form: FormDefinition, answers: unknown): NormalizedAnswers {
  const issues = validateAnswers(form, answers);
  if (issues.length > 0)
    throw new DomainError('invalid-answers', 'invalid', 'Some answers are missing or not valid', {
      errors: answerIssuesAsFieldErrors(issues),
    });
  return normalizeAnswers(form, answers);
}

/** A file answer may only name files its requester uploaded; each is listed with the field it answers. */
export function attachmentsMustBeUploads(
  form: FormDefinition,
  answers: NormalizedAnswers,
  uploads: SubmitRequestData['uploads'],
): SubmittedAttachment[] {
  const byId = new Map(uploads.map((upload) => [upload.attachmentId, upload]));
  const attached: SubmittedAttachment[] = [];
  const missing: { pointer: string; field: string; code: string; message: string }[] = [];
  for (const field of form.sections.flatMap((section) => section.fields)) {
    if (field.type !== 'file') continue;
    const files = answers[field.key];
    if (!Array.isArray(files)) continue;
    files.forEach((file: { attachmentId: string }, index: number) => {
      const upload = byId.get(file.attachmentId);
      if (upload) attached.push({ ...upload, fieldKey: field.key });
      else
        missing.push({
          pointer: `/answers/${field.key}/${index}`,
          field: `answers.${field.key}.${index}`,
          code: 'attachment-not-found',
          message: 'This file was not uploaded by you, or its upload expired; upload it again',
        });
    });
  }
  if (missing.length > 0)
    throw new DomainError('attachment-not-found', 'invalid', 'Some files were not found; upload them again', {
      errors: missing,
    });
  return attached;
}

/** The subject field's answer if this version asks it as a short text (versions may differ), else the type's name. */
export function subjectOfRequest(data: SubmitRequestData, answers: NormalizedAnswers): string {
  const key = data.requestType.subjectField;
  const field = data.form.sections.flatMap((section) => section.fields).find((candidate) => candidate.key === key);
  const answered = field?.type === 'short-text' ? answers[field.key] : undefined;
  if (typeof answered === 'string' && answered.trim() !== '') return answered.trim();
  return data.requestType.name[data.requester.language === 'fr' ? 'fr' : 'en'];
}

export function submitRequest(command: RequestCommand, state: RequestState): RequestEvent[] {
  const { data } = command;
  requestMustBeNew(state, data.requestId);
  const answers = answersMustFitForm(data.form, data.answers);
  const attachments = attachmentsMustBeUploads(data.form, answers, data.uploads);
  const assigneeId = data.requestType.defaultAssigneeId;
  return [
    {
      type: 'RequestSubmitted',
      data: {
        requestId: data.requestId,
        reference: data.reference,
        kind: data.requestType.opens,
        requestTypeId: data.requestType.requestTypeId,
        requestTypeName: data.requestType.name,
        categoryId: data.requestType.categoryId,
        practiceAreaId: data.requestType.practiceAreaId,
        formVersion: data.formVersion,
        form: data.form,
        answers,
        attachments,
        subject: subjectOfRequest(data, answers),
        requester: data.requester,
        assigneeId,
        legalTeam: assigneeId === null ? [...data.practiceAreaTeam] : [assigneeId],
        submittedAt: data.at,
      },
    },
  ];
}

export const requestDecider: Decider<RequestCommand, RequestEvent, RequestState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'SubmitRequest':
        return submitRequest(command, state);
      default:
        return assertNever(command.type, 'request command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'RequestSubmitted':
        return {
          status: 'submitted',
          requestId: event.data.requestId,
          reference: event.data.reference,
          kind: event.data.kind,
        };
      default:
        return assertNever(event.type, 'request event');
    }
  },
};
