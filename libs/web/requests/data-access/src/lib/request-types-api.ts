import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type {
  ChangeRequestTypeRequest,
  CreateRequestTypeRequest,
  FormDefinitionInput,
  FormVersionView,
  RequestTypeStatus,
  RequestTypeSummary,
  RequestTypeView,
} from '@lexport/requests-published';
import type { Observable } from 'rxjs';

export interface RequestTypesQuery {
  readonly status?: RequestTypeStatus;
  readonly categoryId?: string;
  readonly limit?: number;
}

/** Request types as the legal team keeps them (drafts and retired ones included), and their published versions. */
@Injectable({ providedIn: 'root' })
export class RequestTypesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/requests/types';

  list(query: RequestTypesQuery = {}): Observable<PageOf<RequestTypeSummary>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    return this.http.get<PageOf<RequestTypeSummary>>(this.base, { params });
  }

  get(requestTypeId: string): Observable<RequestTypeView> {
    return this.http.get<RequestTypeView>(this.url(requestTypeId));
  }

  create(body: CreateRequestTypeRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(this.base, body);
  }

  /** Names, category, practice area, assignee, subject field: they apply at once, unlike the form. */
  change(requestTypeId: string, body: ChangeRequestTypeRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(this.url(requestTypeId), body);
  }

  /** The server checks only the draft's shape: a draft may be unfinished until it is published. */
  saveDraft(requestTypeId: string, form: FormDefinitionInput): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${this.url(requestTypeId)}/draft`, { form });
  }

  publish(requestTypeId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${this.url(requestTypeId)}/publish`, {});
  }

  retire(requestTypeId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${this.url(requestTypeId)}/retire`, {});
  }

  reinstate(requestTypeId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${this.url(requestTypeId)}/reinstate`, {});
  }

  version(requestTypeId: string, version: number): Observable<FormVersionView> {
    return this.http.get<FormVersionView>(
      `/api/requests/catalogue/types/${encodeURIComponent(requestTypeId)}/versions/${version}`,
    );
  }

  private url(requestTypeId: string): string {
    return `${this.base}/${encodeURIComponent(requestTypeId)}`;
  }
}
