import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApproveSignUpRequest,
  ChangeRolesRequest,
  InviteUserRequest,
  listUsersQuery,
  UserHistoryView,
  UserView,
} from '@lexport/identity-published';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type { Observable } from 'rxjs';
import type * as z from 'zod';
import { queryParams } from './query-params';

const base = '/api/identity/users';
const user = (userId: string) => `${base}/${encodeURIComponent(userId)}`;

/** Administration of accounts; each command answers with its position, which the shared interceptor waits for. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(query: z.input<typeof listUsersQuery>): Observable<PageOf<UserView>> {
    return this.http.get<PageOf<UserView>>(base, { params: queryParams(query) });
  }

  history(userId: string): Observable<UserHistoryView> {
    return this.http.get<UserHistoryView>(`${user(userId)}/history`);
  }

  invite(body: InviteUserRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(base, body);
  }

  resendInvitation(userId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${user(userId)}/invitation`, null);
  }

  revokeInvitation(userId: string): Observable<CommandAccepted> {
    return this.http.delete<CommandAccepted>(`${user(userId)}/invitation`);
  }

  changeRoles(userId: string, body: ChangeRolesRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${user(userId)}/roles`, body);
  }

  approveSignUp(userId: string, body: ApproveSignUpRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${user(userId)}/sign-up/approval`, body);
  }

  declineSignUp(userId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${user(userId)}/sign-up/decline`, null);
  }

  deactivate(userId: string): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(`${user(userId)}/deactivation`, null);
  }

  reactivate(userId: string): Observable<CommandAccepted> {
    return this.http.delete<CommandAccepted>(`${user(userId)}/deactivation`);
  }
}
