import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AcceptInvitationRequest,
  emailVerificationRequest,
  EmailVerificationView,
  EmailVerified,
  InvitationView,
  PasswordResetView,
  completePasswordResetRequest,
  requestPasswordResetRequest,
  resendVerificationRequest,
  SignUpAccepted,
  SignUpPolicyView,
  SignUpRequest,
} from '@lexport/identity-published';
import type { Observable } from 'rxjs';
import type * as z from 'zod';

const base = '/api/identity';
const path = (segment: string, id: string) => `${base}/${segment}/${encodeURIComponent(id)}`;
/** A link opened without its token still asks, so that the page can say the link is not valid. */
const tokenOf = (token: string) => ({ token: token || '-' });

/** What someone without a session does with identity: sign up, confirm an address, accept an invitation, reset a password. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  signUpPolicy(): Observable<SignUpPolicyView> {
    return this.http.get<SignUpPolicyView>(`${base}/sign-up-policy`);
  }

  signUp(body: SignUpRequest): Observable<SignUpAccepted> {
    return this.http.post<SignUpAccepted>(`${base}/sign-ups`, body);
  }

  emailVerification(userId: string, token: string): Observable<EmailVerificationView> {
    return this.http.get<EmailVerificationView>(path('email-verifications', userId), { params: tokenOf(token) });
  }

  verifyEmail(body: z.input<typeof emailVerificationRequest>): Observable<EmailVerified> {
    return this.http.post<EmailVerified>(`${base}/email-verifications`, body);
  }

  resendVerification(body: z.input<typeof resendVerificationRequest>): Observable<unknown> {
    return this.http.post(`${base}/email-verifications/resend`, body);
  }

  invitation(userId: string, token: string): Observable<InvitationView> {
    return this.http.get<InvitationView>(path('invitations', userId), { params: tokenOf(token) });
  }

  acceptInvitation(body: AcceptInvitationRequest): Observable<unknown> {
    return this.http.post(`${base}/invitations/accept`, body);
  }

  requestPasswordReset(body: z.input<typeof requestPasswordResetRequest>): Observable<unknown> {
    return this.http.post(`${base}/password-resets`, body);
  }

  passwordReset(userId: string, token: string): Observable<PasswordResetView> {
    return this.http.get<PasswordResetView>(path('password-resets', userId), { params: tokenOf(token) });
  }

  completePasswordReset(body: z.input<typeof completePasswordResetRequest>): Observable<unknown> {
    return this.http.post(`${base}/password-resets/complete`, body);
  }
}
