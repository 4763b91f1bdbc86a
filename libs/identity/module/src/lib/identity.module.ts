import { Module } from '@nestjs/common';
import type { OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { releaseEmailDomainsOfOrganization, releaseEmailOfClosedAccount } from './claims/claim-release.workflows';
import { identityUpcasters } from './identity-upcasters';
import { READ_STORE, registerEventSourcing } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { CredentialStore } from './credentials/credential-store';
import { InvitationsController } from './invitations/invitations.controller';
import { Organizations } from './organizations/organizations';
import { OrganizationsController, SignUpPolicyController } from './organizations/organizations.controller';
import { organizationsProjection } from './organizations/organizations.projection';
import { SignUpController } from './sign-up/sign-up.controller';
import { PasswordsController } from './passwords/passwords.controller';
import { SessionController } from './sessions/session.controller';
import { SessionGuard } from './sessions/session.guard';
import { LocalStrategy, SignIn } from './sessions/sign-in';
import { IdentityDemoData } from './users/identity-demo-data';
import { UserAccounts } from './users/user-accounts';
import { UsersController } from './users/users.controller';
import { usersProjection } from './users/users.projection';

class CredentialStoreProvider extends CredentialStore implements OnModuleInit {
  async onModuleInit(): Promise<void> {
    await this.prepare();
  }
}

/**
 * Who may use the portal: client organizations, invitations, sign-up with email verification and approval, sign-in with sessions and CSRF protection, lock-out, admin user management.
 * Its guard closes every route that is not marked @Public to anonymous users.
 */
/**
 * Per client address and route. It runs before the session is known, so it is only a backstop against floods: a
 * firm whose clients share one egress address must not be limited as one person. Signed-in people are limited per
 * user (REQUESTS_PER_MINUTE_PER_USER); sign-in and other anonymous forms carry their own, much lower, limits.
 */
const requestsPerMinutePerAddress = 6000;

@Module({
  imports: [PassportModule, ThrottlerModule.forRoot({ throttlers: [{ name: 'default', ttl: 60_000, limit: requestsPerMinutePerAddress }] })],
  controllers: [SessionController, InvitationsController, PasswordsController, UsersController, OrganizationsController, SignUpPolicyController, SignUpController],
  providers: [
    registerEventSourcing({ projections: [usersProjection, organizationsProjection], workflows: [releaseEmailOfClosedAccount, releaseEmailDomainsOfOrganization], upcasters: identityUpcasters }),
    { provide: CredentialStore, useFactory: (readStore: ReadStore) => new CredentialStoreProvider(readStore), inject: [READ_STORE] },
    UserAccounts,
    Organizations,
    SignIn,
    LocalStrategy,
    IdentityDemoData,
    { provide: APP_GUARD, useClass: ThrottlerGuard },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [IdentityDemoData],
})
export class IdentityModule {}
