export { SignInPageComponent } from './lib/sign-in-page.component';
export { AcceptInvitationPageComponent } from './lib/accept-invitation-page.component';
export { ForgotPasswordPageComponent } from './lib/forgot-password-page.component';
export { PasswordResetPageComponent } from './lib/password-reset-page.component';
export { SignUpPageComponent } from './lib/sign-up-page.component';
export { VerifyEmailPageComponent } from './lib/verify-email-page.component';
export { signInRoutes } from './lib/sign-in.routes';
