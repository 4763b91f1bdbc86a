import type { Routes } from '@angular/router';
import { AcceptInvitationPageComponent } from './accept-invitation-page.component';
import { ForgotPasswordPageComponent } from './forgot-password-page.component';
import { PasswordResetPageComponent } from './password-reset-page.component';
import { SignInPageComponent } from './sign-in-page.component';
import { SignUpPageComponent } from './sign-up-page.component';
import { VerifyEmailPageComponent } from './verify-email-page.component';

/**
 * The pages reached without a session. Their paths are the shell's top level because emails link to them
 * (`invitationPath`, `passwordResetPath`, `emailVerificationPath` in the published language).
 */
export const signInRoutes: Routes = [
  { path: 'sign-in', title: 'identity.titles.signIn', component: SignInPageComponent },
  { path: 'invitations/:userId', title: 'identity.titles.invitation', component: AcceptInvitationPageComponent },
  { path: 'forgot-password', title: 'identity.titles.forgotPassword', component: ForgotPasswordPageComponent },
  { path: 'password-resets/:userId', title: 'identity.titles.passwordReset', component: PasswordResetPageComponent },
  { path: 'sign-up', title: 'identity.titles.signUp', component: SignUpPageComponent },
  { path: 'email-verifications/:userId', title: 'identity.titles.verifyEmail', component: VerifyEmailPageComponent },
];
