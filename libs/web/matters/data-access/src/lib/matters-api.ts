import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { PageOf } from '@lexport/shared-published';
import type { ListMattersQuery, MatterSummary, MatterView } from '@lexport/matters-published';
import type { Observable } from 'rxjs';

const base = '/api/matters';

/** The matters and cases the reader may see; read-your-writes is handled by the shared interceptor. */
@Injectable({ providedIn: 'root' })
export class MattersApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(query: Omit<ListMattersQuery, 'position'> = {}): Observable<PageOf<MatterSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    return this.http.get<PageOf<MatterSummary>>(base, { params });
  }

  /** 404 `matter-not-found` also when the reader may not see it. */
  get(matterId: string): Observable<MatterView> {
    return this.http.get<MatterView>(`${base}/${encodeURIComponent(matterId)}`);
  }
}

/** Where the browser downloads a file of a request (a plain link: the session cookie goes with it). */
export function attachmentDownloadUrl(matterId: string, attachmentId: string): string {
  return `${base}/${encodeURIComponent(matterId)}/attachments/${encodeURIComponent(attachmentId)}`;
}
