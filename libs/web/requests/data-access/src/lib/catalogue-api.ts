import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CatalogueQuery, CatalogueView, RequestFormView } from '@lexport/requests-published';
import type { Observable } from 'rxjs';

/** What clients choose from: the offered request types by category, and the form of one. */
@Injectable({ providedIn: 'root' })
export class CatalogueApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/requests/catalogue';

  /** Searched over names and descriptions in `language`, which is also the order of the names. */
  catalogue(query: Omit<CatalogueQuery, 'position'>): Observable<CatalogueView> {
    let params = new HttpParams();
    if (query.search?.trim()) params = params.set('search', query.search.trim());
    if (query.language) params = params.set('language', query.language);
    return this.http.get<CatalogueView>(this.base, { params });
  }

  /** The latest published form of an offered type (404 `request-type-not-offered` otherwise). */
  form(requestTypeId: string): Observable<RequestFormView> {
    return this.http.get<RequestFormView>(`${this.base}/types/${encodeURIComponent(requestTypeId)}`);
  }
}
