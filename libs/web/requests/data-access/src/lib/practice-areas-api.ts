import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { CommandAccepted } from '@lexport/shared-published';
import type {
  ChangePracticeAreaRequest,
  CreatePracticeAreaRequest,
  PracticeAreaView,
} from '@lexport/requests-published';
import type { Observable } from 'rxjs';

/** The firm's practice areas and who belongs to each; every request type is handled by one. */
@Injectable({ providedIn: 'root' })
export class PracticeAreasApi {
  private readonly http = inject(HttpClient);
  private readonly base = '/api/requests/practice-areas';

  list(): Observable<readonly PracticeAreaView[]> {
    return this.http.get<readonly PracticeAreaView[]>(this.base);
  }

  create(body: CreatePracticeAreaRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(this.base, body);
  }

  change(practiceAreaId: string, body: ChangePracticeAreaRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${this.base}/${encodeURIComponent(practiceAreaId)}`, body);
  }
}
