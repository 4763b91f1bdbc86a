import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';

/** A file the portal holds, ready to be named in an answer by its id. */
export interface UploadedAttachment {
  readonly attachmentId: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
}

/** Progress (0 to 100) while the bytes travel, then the stored attachment; an error when the portal refuses the file. */
export type AttachmentUploadEvent = { readonly progress: number } | { readonly attachment: UploadedAttachment };

export interface AttachmentUploader {
  upload(file: File): Observable<AttachmentUploadEvent>;
}

/**
 * How the request form uploads a file: the page provides it (its data-access knows the API); the form only shows
 * progress and keeps the ids. Without one, file fields cannot take files.
 */
export const ATTACHMENT_UPLOADER = new InjectionToken<AttachmentUploader>('ATTACHMENT_UPLOADER');
