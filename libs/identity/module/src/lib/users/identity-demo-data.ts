import { Injectable } from '@nestjs/common';
import { uuidFromName } from '@lexport/shared-platform';
import type { Role } from '@lexport/identity-domain';
import { CredentialStore } from '../credentials/credential-store';
import { hashPassword } from '../credentials/passwords';
import { Organizations } from '../organizations/organizations';
import { UserAccounts } from './user-accounts';

/** Known only to development set-ups: `npm start` prints it. */
export const demoPassword = 'lantern-harbour-violet-2026';

export interface DemoLogin {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
}

export const demoLogins: readonly DemoLogin[] = [
  { email: 'admin@lexport.demo', name: 'Alice Martin', roles: ['admin', 'staff', 'operator'], organizationId: null },
  { email: 'paul.legal@lexport.demo', name: 'Paul Bernard', roles: ['staff'], organizationId: null },
  { email: 'sophie.legal@lexport.demo', name: 'Sophie Laurent', roles: ['staff'], organizationId: null },
  { email: 'claire@acme.demo', name: 'Claire Dupont', roles: ['client'], organizationId: 'acme' },
  { email: 'marc@acme.demo', name: 'Marc Petit', roles: ['client'], organizationId: 'acme' },
  { email: 'hana@globex.demo', name: 'Hana Yamada', roles: ['client'], organizationId: 'globex' },
];

/** Acme's people read French, everyone else English: the demo shows both languages. */
export const demoUserOf = (login: DemoLogin) => ({
  id: uuidFromName(`demo-data/user/${login.email}`),
  language: login.organizationId === 'acme' ? 'fr' : 'en',
});

export const demoOrganizations = [
  { organizationId: 'acme', name: 'Acme Industries', emailDomains: ['acme.demo'], requestVisibility: 'organization' },
  { organizationId: 'globex', name: 'Globex Corporation', emailDomains: ['globex.demo'], requestVisibility: 'own' },
] as const;

/** Demo firm users with a shared password; deterministic ids and command ids make seeding again a no-op. */
@Injectable()
export class IdentityDemoData {
  constructor(
    private readonly accounts: UserAccounts,
    private readonly credentials: CredentialStore,
    private readonly organizations: Organizations,
  ) {}

  async seed(): Promise<readonly DemoLogin[]> {
    const passwordHash = await hashPassword(demoPassword);
    const now = this.accounts.clock.now();
    const system = (step: string) => ({
      commandId: uuidFromName(`demo-data/${step}`),
      correlationId: 'demo-data',
      actor: 'system:demo-data',
    });
    for (const organization of demoOrganizations) {
      if ((await this.organizations.state(organization.organizationId)).status !== 'none') continue;
      await this.organizations.claimDomains(
        organization.organizationId,
        organization.emailDomains,
        now.toISOString(),
        system(`organization-domains/${organization.organizationId}`),
      );
      await this.organizations.execute(
        organization.organizationId,
        { type: 'CreateOrganization', data: { ...organization, by: 'system:demo-data', at: now.toISOString() } },
        system(`organization/${organization.organizationId}`),
      );
    }
    // Open, with approval, so that the demo shows the whole sign-up path: "Sign up" on the sign-in page, the
    // confirmation email in the mailbox, the admin's approval.
    await this.organizations.changeSignUpPolicy(
      {
        type: 'ChangeSignUpPolicy',
        data: { mode: 'open', requireApproval: true, by: 'system:demo-data', at: now.toISOString() },
      },
      system('sign-up-policy'),
    );
    for (const login of demoLogins) {
      const { id: userId, language } = demoUserOf(login);
      const context = (step: string) => ({
        commandId: uuidFromName(`demo-data/${step}/${login.email}`),
        correlationId: 'demo-data',
        actor: 'system:demo-data',
      });
      await this.accounts.claimEmail(login.email, userId, context('claim-email'));
      await this.accounts.execute(
        userId,
        {
          type: 'InviteUser',
          data: {
            userId,
            email: login.email,
            name: login.name,
            roles: login.roles,
            organizationId: login.organizationId,
            language,
            invitationId: uuidFromName(`demo-data/invitation/${login.email}`),
            invitedBy: 'system:demo-data',
            inviterName: 'Lexport',
            expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
            at: now.toISOString(),
          },
        },
        context('invite'),
      );
      const state = await this.accounts.state(userId);
      if (state.status === 'invited') {
        await this.accounts.execute(
          userId,
          { type: 'AcceptInvitation', data: { invitationId: state.invitationId, at: now.toISOString() } },
          context('accept'),
        );
      }
      if (!(await this.credentials.passwordHashOf(userId)))
        await this.credentials.setPasswordHash(userId, passwordHash, now);
    }
    return demoLogins;
  }
}
