import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { changePasswordRequest, UpdateProfileRequest } from '@lexport/identity-published';
import type { Observable } from 'rxjs';
import type * as z from 'zod';

const base = '/api/identity/session';

/** The signed-in person's own account; the session store shows the change in the toolbar. */
@Injectable({ providedIn: 'root' })
export class ProfileApi {
  private readonly http = inject(HttpClient);

  update(body: UpdateProfileRequest): Observable<unknown> {
    return this.http.put(`${base}/profile`, body);
  }

  changePassword(body: z.input<typeof changePasswordRequest>): Observable<unknown> {
    return this.http.put(`${base}/password`, body);
  }
}
