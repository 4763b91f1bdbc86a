import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LegalTeamMemberView } from '@lexport/requests-published';
import type { Observable } from 'rxjs';

/** Active staff and admins, by name: who may join a practice area or be a request type's default assignee. */
@Injectable({ providedIn: 'root' })
export class LegalTeamApi {
  private readonly http = inject(HttpClient);

  list(): Observable<readonly LegalTeamMemberView[]> {
    return this.http.get<readonly LegalTeamMemberView[]>('/api/requests/legal-team');
  }
}
