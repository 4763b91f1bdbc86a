import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import type { SubmissionAccepted, SubmitRequestRequest } from '@lexport/requests-published';
import { ReadYourWrites } from '@lexport/web-shared-data-access';
import { tap } from 'rxjs';
import type { Observable } from 'rxjs';

/** A fresh key for one submission; send it again with every retry of that submission, never with another. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** Clients submit requests; the answers are checked again on the server against the form version they answered. */
@Injectable({ providedIn: 'root' })
export class SubmissionsApi {
  private readonly http = inject(HttpClient);
  private readonly readYourWrites = inject(ReadYourWrites);

  /**
   * `idempotencyKey` makes a retry after a lost answer safe: the server answers the first submission again instead
   * of opening a second request. The accepted position is remembered so that the next lists include the request.
   */
  submit(body: SubmitRequestRequest, idempotencyKey: string): Observable<SubmissionAccepted> {
    return this.http
      .post<SubmissionAccepted>('/api/requests/submissions', body, {
        headers: new HttpHeaders({ [idempotencyKeyHeader]: idempotencyKey }),
      })
      .pipe(tap((accepted) => this.readYourWrites.observe(accepted.position)));
  }
}
