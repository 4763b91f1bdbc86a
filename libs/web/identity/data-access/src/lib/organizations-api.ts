import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  listOrganizationsQuery,
  OrganizationRequest,
  OrganizationView,
  SignUpPolicyView,
} from '@lexport/identity-published';
import type { CommandAccepted, PageOf } from '@lexport/shared-published';
import type { Observable } from 'rxjs';
import type * as z from 'zod';
import { queryParams } from './query-params';

const base = '/api/identity/organizations';

/** Client organizations and the sign-up policy, which admins keep on one page. */
@Injectable({ providedIn: 'root' })
export class OrganizationsApi {
  private readonly http = inject(HttpClient);

  list(query: z.input<typeof listOrganizationsQuery>): Observable<PageOf<OrganizationView>> {
    return this.http.get<PageOf<OrganizationView>>(base, { params: queryParams(query) });
  }

  create(body: OrganizationRequest): Observable<CommandAccepted> {
    return this.http.post<CommandAccepted>(base, body);
  }

  update(organizationId: string, body: OrganizationRequest): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>(`${base}/${encodeURIComponent(organizationId)}`, body);
  }

  signUpPolicy(): Observable<SignUpPolicyView> {
    return this.http.get<SignUpPolicyView>('/api/identity/sign-up-policy');
  }

  changeSignUpPolicy(body: SignUpPolicyView): Observable<CommandAccepted> {
    return this.http.put<CommandAccepted>('/api/identity/sign-up-policy', body);
  }
}
