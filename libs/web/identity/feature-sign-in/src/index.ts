export { SignInPageComponent } from './lib/sign-in-page.component';
export { AcceptInvitationPageComponent } from './lib/accept-invitation-page.component';
