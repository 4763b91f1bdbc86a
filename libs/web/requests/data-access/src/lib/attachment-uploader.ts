import { HttpClient, HttpEventType, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { filter, map } from 'rxjs';
import type { Observable } from 'rxjs';

/** What the portal answers for a stored upload; the request form names it in an answer by its id. */
export interface StoredAttachment {
  readonly attachmentId: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
}

/** Progress (0 to 100) while the bytes travel, then the stored attachment. */
export type AttachmentUploadProgress = { readonly progress: number } | { readonly attachment: StoredAttachment };

/**
 * Uploads a file as its raw bytes (not multipart: the API streams them to the blob store), its name percent-encoded
 * beside them. Pages give it to the request form as its `ATTACHMENT_UPLOADER`; a refusal (413
 * `attachment-too-large`, 415 `attachment-type-not-allowed`) comes as the observable's error.
 */
@Injectable({ providedIn: 'root' })
export class HttpAttachmentUploader {
  private readonly http = inject(HttpClient);

  upload(file: File): Observable<AttachmentUploadProgress> {
    return this.http
      .post<StoredAttachment>('/api/attachments', file, {
        headers: new HttpHeaders({
          'Content-Type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(file.name),
        }),
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        map((event): AttachmentUploadProgress | null => {
          if (event.type === HttpEventType.UploadProgress) {
            const total = event.total ?? file.size;
            return { progress: total > 0 ? Math.min(100, Math.round((100 * event.loaded) / total)) : 0 };
          }
          if (event.type === HttpEventType.Response && event.body) return { attachment: event.body };
          return null;
        }),
        filter((event): event is AttachmentUploadProgress => event !== null),
      );
  }
}
