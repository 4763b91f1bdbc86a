import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { releaseEmailDomainsOfOrganization, releaseEmailOfClosedAccount } from './claims/claim-release.workflows';
import { identityUpcasters } from './identity-upcasters';
import { READ_STORE, registerEventSourcing } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { AcceptInvitationController } from './accept-invitation/accept-invitation.controller';
import { AcceptInvitationHandler } from './accept-invitation/accept-invitation.handler';
import { ApproveSignUpController } from './approve-sign-up/approve-sign-up.controller';
import { ApproveSignUpHandler } from './approve-sign-up/approve-sign-up.handler';
import { ChangePasswordController } from './change-password/change-password.controller';
import { ChangePasswordHandler } from './change-password/change-password.handler';
import { ChangeRolesController } from './change-roles/change-roles.controller';
import { ChangeRolesHandler } from './change-roles/change-roles.handler';
import { CreateOrganizationController } from './create-organization/create-organization.controller';
import { CreateOrganizationHandler } from './create-organization/create-organization.handler';
import { CredentialStore } from './credentials/credential-store';
import { CurrentSessionController } from './current-session/current-session.controller';
import { DeactivateUserController } from './deactivate-user/deactivate-user.controller';
import { DeactivateUserHandler } from './deactivate-user/deactivate-user.handler';
import { DeclineSignUpController } from './decline-sign-up/decline-sign-up.controller';
import { DeclineSignUpHandler } from './decline-sign-up/decline-sign-up.handler';
import { InvitationStatusController } from './invitation-status/invitation-status.controller';
import { InvitationStatusHandler } from './invitation-status/invitation-status.query';
import { InviteUserController } from './invite-user/invite-user.controller';
import { InviteUserHandler } from './invite-user/invite-user.handler';
import { ListOrganizationsController } from './list-organizations/list-organizations.controller';
import { ListOrganizationsHandler } from './list-organizations/list-organizations.query';
import { ListUsersController } from './list-users/list-users.controller';
import { ListUsersHandler } from './list-users/list-users.query';
import { Organizations } from './organizations/organizations';
import { organizationsProjection } from './organizations/organizations.projection';
import { PasswordResetStatusController } from './password-reset-status/password-reset-status.controller';
import { PasswordResetStatusHandler } from './password-reset-status/password-reset-status.query';
import { ReactivateUserController } from './reactivate-user/reactivate-user.controller';
import { ReactivateUserHandler } from './reactivate-user/reactivate-user.handler';
import { RequestPasswordResetController } from './request-password-reset/request-password-reset.controller';
import { RequestPasswordResetHandler } from './request-password-reset/request-password-reset.handler';
import { ResendInvitationController } from './resend-invitation/resend-invitation.controller';
import { ResendInvitationHandler } from './resend-invitation/resend-invitation.handler';
import { ResendVerificationController } from './resend-verification/resend-verification.controller';
import { ResendVerificationHandler } from './resend-verification/resend-verification.handler';
import { ResetPasswordController } from './reset-password/reset-password.controller';
import { ResetPasswordHandler } from './reset-password/reset-password.handler';
import { RevokeInvitationController } from './revoke-invitation/revoke-invitation.controller';
import { RevokeInvitationHandler } from './revoke-invitation/revoke-invitation.handler';
import { SessionGuard } from './sessions/session.guard';
import { OpenSessionHandler } from './sign-in/open-session.handler';
import { LocalStrategy, SignIn } from './sign-in/sign-in';
import { SignInController } from './sign-in/sign-in.controller';
import { CloseSessionHandler } from './sign-out/close-session.handler';
import { SignOutController } from './sign-out/sign-out.controller';
import { ChangeSignUpPolicyHandler } from './sign-up-policy/change-sign-up-policy.handler';
import { SignUpPolicyController } from './sign-up-policy/sign-up-policy.controller';
import { SignUpPolicyHandler } from './sign-up-policy/sign-up-policy.query';
import { SignUpController } from './sign-up/sign-up.controller';
import { SignUpHandler } from './sign-up/sign-up.handler';
import { UpdateOrganizationController } from './update-organization/update-organization.controller';
import { UpdateOrganizationHandler } from './update-organization/update-organization.handler';
import { UpdateProfileController } from './update-profile/update-profile.controller';
import { UpdateProfileHandler } from './update-profile/update-profile.handler';
import { UserHistoryController } from './user-history/user-history.controller';
import { UserHistoryHandler } from './user-history/user-history.query';
import { IdentityDemoData } from './users/identity-demo-data';
import { UserAccounts } from './users/user-accounts';
import { usersProjection } from './users/users.projection';
import { VerificationStatusController } from './verification-status/verification-status.controller';
import { VerificationStatusHandler } from './verification-status/verification-status.query';
import { VerifyEmailController } from './verify-email/verify-email.controller';
import { VerifyEmailHandler } from './verify-email/verify-email.handler';

class CredentialStoreProvider extends CredentialStore implements OnModuleInit {
  async onModuleInit(): Promise<void> {
    await this.prepare();
  }
}

/**
 * Per client address and route. It runs before the session is known, so it is only a backstop against floods: a
 * firm whose clients share one egress address must not be limited as one person. Signed-in people are limited per
 * user (REQUESTS_PER_MINUTE_PER_USER); sign-in and other anonymous forms carry their own, much lower, limits.
 */
const requestsPerMinutePerAddress = 6000;

/**
 * Who may use the portal: client organizations, invitations, sign-up with email verification and approval, sign-in with sessions and CSRF protection, lock-out, admin user management: one folder per use case, each a
 * controller and the command or query handler it sends to.
 * Its guard closes every route that is not marked @Public to anonymous users.
 */
@Module({
  imports: [
    PassportModule,
    ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: requestsPerMinutePerAddress }] }),
  ],
  controllers: [
    SignInController,
    CurrentSessionController,
    SignOutController,
    UpdateProfileController,
    ChangePasswordController,
    InvitationStatusController,
    AcceptInvitationController,
    RequestPasswordResetController,
    PasswordResetStatusController,
    ResetPasswordController,
    ListUsersController,
    InviteUserController,
    ResendInvitationController,
    RevokeInvitationController,
    DeactivateUserController,
    ReactivateUserController,
    ChangeRolesController,
    ApproveSignUpController,
    DeclineSignUpController,
    UserHistoryController,
    ListOrganizationsController,
    CreateOrganizationController,
    UpdateOrganizationController,
    SignUpPolicyController,
    SignUpController,
    VerificationStatusController,
    VerifyEmailController,
    ResendVerificationController,
  ],
  providers: [
    registerEventSourcing({
      projections: [usersProjection, organizationsProjection],
      workflows: [releaseEmailOfClosedAccount, releaseEmailDomainsOfOrganization],
      upcasters: identityUpcasters,
    }),
    {
      provide: CredentialStore,
      useFactory: (readStore: ReadStore) => new CredentialStoreProvider(readStore),
      inject: [READ_STORE],
    },
    UserAccounts,
    Organizations,
    SignIn,
    LocalStrategy,
    OpenSessionHandler,
    CloseSessionHandler,
    UpdateProfileHandler,
    ChangePasswordHandler,
    InvitationStatusHandler,
    AcceptInvitationHandler,
    RequestPasswordResetHandler,
    PasswordResetStatusHandler,
    ResetPasswordHandler,
    ListUsersHandler,
    InviteUserHandler,
    ResendInvitationHandler,
    RevokeInvitationHandler,
    DeactivateUserHandler,
    ReactivateUserHandler,
    ChangeRolesHandler,
    ApproveSignUpHandler,
    DeclineSignUpHandler,
    UserHistoryHandler,
    ListOrganizationsHandler,
    CreateOrganizationHandler,
    UpdateOrganizationHandler,
    SignUpPolicyHandler,
    ChangeSignUpPolicyHandler,
    SignUpHandler,
    VerificationStatusHandler,
    VerifyEmailHandler,
    ResendVerificationHandler,
    IdentityDemoData,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [IdentityDemoData],
})
export class IdentityModule {}
