import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type {
  CategoryView,
  CreateCategoryRequest,
  ListCategoriesQuery,
  RenameCategoryRequest,
} from '@lexport/requests-published';
import type { Observable } from 'rxjs';

/** The request catalogue over HTTP; read-your-writes is handled by the shared interceptor. */
@Injectable({ providedIn: 'root' })
export class CategoriesApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/requests/categories';

  list(query: ListCategoriesQuery): Observable<PageOf<CategoryView>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined && value !== '') params = params.set(key, String(value));
    return this.http.get<PageOf<CategoryView>>(this.base, { params });
  }

  create(body: CreateCategoryRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(this.base, body);
  }

  rename(categoryId: string, body: RenameCategoryRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${this.base}/${encodeURIComponent(categoryId)}/name`, body);
  }
}
