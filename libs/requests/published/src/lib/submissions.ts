import * as z from 'zod';
import type { RequestKind } from './request-types';

/** Who submitted a request, as they were then: their email and language address what the portal sends them. */
export interface Requester {
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly language: string;
  readonly organizationId: string | null;
}

/** A file a request holds: metadata only; the bytes are in the blob store under their sha256. */
export interface SubmittedAttachment {
  readonly attachmentId: string;
  /** The form field it answers. */
  readonly fieldKey: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

export const submitRequestRequest = z
  .object({
    requestTypeId: z.uuid(),
    /** The published version the client filled in. */
    formVersion: z.number().int().min(1).max(100_000),
    /** Checked against that version's form by the one validator browser and server share. */
    answers: z.record(z.string().max(64), z.unknown()),
  })
  .strict();
export type SubmitRequestRequest = z.input<typeof submitRequestRequest>;

export interface SubmissionAccepted {
  /** The request's id, which is also its matter's or case's. */
  readonly id: string;
  readonly reference: string;
  readonly kind: RequestKind;
  readonly revision: number;
  /** Send it back as x-lexport-position: the request is then in the lists that read it. */
  readonly position: number;
}

/** Where the portal shows a request (its matter or case page). */
export const requestPath = (requestId: string) => `/requests/${requestId}`;

/** The in-app notifications the requests context gives; the web client words each in the reader's language. */
export const requestsNotificationKinds = ['request-submitted', 'request-assigned-to-you'] as const;
export type RequestsNotificationKind = (typeof requestsNotificationKinds)[number];
