import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import type { PageOf } from '@lexport/shared-published';
import type {
  AddNoteRequest,
  MatterKind,
  MatterSortField,
  MatterStatus,
  MatterSummary,
  MatterView,
  NoteView,
} from '@lexport/matters-published';
import { ReadYourWrites } from '@lexport/web-shared-data-access';
import { tap } from 'rxjs';
import type { Observable } from 'rxjs';

/** What the portal answers for a note it accepted: its id and the position to read it back at. */
export interface NoteAdded {
  readonly id: string;
  readonly revision: number;
  readonly position: number;
}

const base = '/api/matters';

/** What a list shows, for a page of it and for its Excel export; several values of one filter mean "any of them". */
export interface MatterFilters {
  readonly search?: string;
  readonly kinds?: readonly MatterKind[];
  readonly statuses?: readonly MatterStatus[];
  readonly practiceAreaIds?: readonly string[];
  readonly requestTypeIds?: readonly string[];
  /** Staff only; a client's list is already theirs (or their organization's). */
  readonly organizationIds?: readonly string[];
  readonly assigneeIds?: readonly string[];
  /** Newest request first when absent. */
  readonly sort?: MatterSortField;
  readonly direction?: 'asc' | 'desc';
}

export interface MatterPageQuery extends MatterFilters {
  readonly limit?: number;
  readonly offset?: number;
}

/** The matters and cases the reader may see; read-your-writes is handled by the shared interceptor. */
@Injectable({ providedIn: 'root' })
export class MattersApi {
  private readonly http = inject(HttpClient);
  private readonly readYourWrites = inject(ReadYourWrites);

  list(query: MatterPageQuery = {}): Observable<PageOf<MatterSummary>> {
    let params = filterParams(query);
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return this.http.get<PageOf<MatterSummary>>(base, { params });
  }

  /** 404 `matter-not-found` also when the reader may not see it. */
  get(matterId: string): Observable<MatterView> {
    return this.http.get<MatterView>(`${base}/${encodeURIComponent(matterId)}`);
  }

  /** The conversation of a request, oldest first; a client never receives internal notes. */
  notes(matterId: string): Observable<NoteView[]> {
    return this.http.get<NoteView[]>(`${base}/${encodeURIComponent(matterId)}/notes`);
  }

  /**
   * Send `idempotencyKey` again with every retry of the same note (after a lost answer), never with another note. The
   * accepted position is remembered so that the next reads include the note.
   */
  addNote(matterId: string, body: AddNoteRequest, idempotencyKey: string): Observable<NoteAdded> {
    return this.http
      .post<NoteAdded>(`${base}/${encodeURIComponent(matterId)}/notes`, body, {
        headers: new HttpHeaders({ [idempotencyKeyHeader]: idempotencyKey }),
      })
      .pipe(tap((added) => this.readYourWrites.observe(added.position)));
  }

  /**
   * Where the browser downloads, as an .xlsx workbook in `language`, every matter and case the filters show (all
   * pages): a plain link, the session cookie goes with it.
   */
  exportUrl(filters: MatterFilters, language: 'en' | 'fr'): string {
    return `${base}/export?${filterParams(filters).set('language', language).toString()}`;
  }
}

/** Where the browser downloads a file of a request (a plain link: the session cookie goes with it). */
export function attachmentDownloadUrl(matterId: string, attachmentId: string): string {
  return `${base}/${encodeURIComponent(matterId)}/attachments/${encodeURIComponent(attachmentId)}`;
}

/** Keep in sync with `matterFilters` in @lexport/matters-published: several values are written `a,b`. */
function filterParams(filters: MatterFilters): HttpParams {
  const anyOf = (values: readonly string[] | undefined) => (values?.length ? values.join(',') : undefined);
  const entries: readonly (readonly [string, string | undefined])[] = [
    ['search', filters.search?.trim()],
    ['kind', anyOf(filters.kinds)],
    ['status', anyOf(filters.statuses)],
    ['practiceAreaId', anyOf(filters.practiceAreaIds)],
    ['requestTypeId', anyOf(filters.requestTypeIds)],
    ['organizationId', anyOf(filters.organizationIds)],
    ['assigneeId', anyOf(filters.assigneeIds)],
    ['sort', filters.sort],
    ['direction', filters.direction],
  ];
  return entries.reduce((params, [key, value]) => (value ? params.set(key, value) : params), new HttpParams());
}
