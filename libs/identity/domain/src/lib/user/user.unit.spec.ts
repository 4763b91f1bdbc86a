import { given } from '@lexport/shared-ddd';
import { emailClaimDecider } from '../email-claim';
import { userDecider } from './user-decider';
import { defaultLockoutPolicy } from './user-model';
import { reasonLoginIsRefused } from './user-rules';
import type { UserEvent } from './user-model';
import { fold } from '@lexport/shared-ddd';

const at = '2026-11-27T10:00:00.000Z';
const minutesLater = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();
const spec = given(userDecider);

const invitedClient: UserEvent = {
  type: 'UserInvited',
  data: {
    userId: 'u1',
    email: 'claire@acme.test',
    name: 'Claire Dupont',
    roles: ['client'],
    organizationId: 'acme',
    language: 'fr',
    invitationId: 'inv-1',
    invitedBy: 'admin-1',
    inviterName: 'Maître Martin',
    expiresAt: minutesLater(72 * 60),
    invitedAt: at,
  },
};
const accepted: UserEvent = { type: 'InvitationAccepted', data: { userId: 'u1', acceptedAt: minutesLater(5) } };
const failedAt = (minutes: number): UserEvent => ({
  type: 'LoginFailed',
  data: { userId: 'u1', failedAt: minutesLater(minutes) },
});

describe('user accounts', () => {
  describe('inviting', () => {
    it('invites a client user of an organization, with the address in lower case', () => {
      spec([])
        .when({
          type: 'InviteUser',
          data: {
            userId: 'u1',
            email: 'Claire@Acme.test',
            name: 'Claire Dupont',
            roles: ['client'],
            organizationId: 'acme',
            language: 'fr',
            invitationId: 'inv-1',
            invitedBy: 'admin-1',
            inviterName: 'Maître Martin',
            expiresAt: minutesLater(72 * 60),
            at,
          },
        })
        .then([invitedClient]);
    });

    it.each([
      ['no role', [], 'acme', 'roles-required'],
      ['a client without an organization', ['client'], null, 'organization-required'],
      ['legal staff with an organization', ['staff'], 'acme', 'organization-not-allowed'],
      ['a client who is also staff', ['client', 'staff'], 'acme', 'client-role-exclusive'],
    ] as const)('refuses %s', (_case, roles, organizationId, code) => {
      spec([])
        .when({
          type: 'InviteUser',
          data: {
            userId: 'u2',
            email: 'x@y.test',
            name: 'X',
            roles,
            organizationId,
            language: 'en',
            invitationId: 'i',
            invitedBy: 'admin-1',
            inviterName: 'A',
            expiresAt: at,
            at,
          },
        })
        .thenThrows(code);
    });

    it('cannot invite the same user twice', () => {
      spec([invitedClient])
        .when({
          type: 'InviteUser',
          data: {
            userId: 'u1',
            email: 'claire@acme.test',
            name: 'C',
            roles: ['client'],
            organizationId: 'acme',
            language: 'fr',
            invitationId: 'i',
            invitedBy: 'a',
            inviterName: 'A',
            expiresAt: at,
            at,
          },
        })
        .thenThrows('user-already-exists');
    });
  });

  describe('accepting an invitation', () => {
    it('activates the account before the invitation expires', () => {
      spec([invitedClient])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-1', at: minutesLater(5) } })
        .then([accepted]);
    });

    it('says an expired invitation has expired, and a resent one works again', () => {
      spec([invitedClient])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-1', at: minutesLater(73 * 60) } })
        .thenThrows('invitation-expired');
      spec([
        invitedClient,
        {
          type: 'InvitationResent',
          data: {
            userId: 'u1',
            invitationId: 'inv-2',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            inviterName: 'A',
            expiresAt: minutesLater(200 * 60),
            by: 'admin-1',
            resentAt: minutesLater(72 * 60),
          },
        },
      ])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-2', at: minutesLater(73 * 60) } })
        .then([{ type: 'InvitationAccepted', data: { userId: 'u1', acceptedAt: minutesLater(73 * 60) } }]);
    });

    it('says a used or revoked invitation cannot be used again', () => {
      spec([invitedClient, accepted])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-1', at: minutesLater(6) } })
        .thenThrows('invitation-already-used');
      spec([
        invitedClient,
        { type: 'InvitationRevoked', data: { userId: 'u1', by: 'admin-1', revokedAt: minutesLater(1) } },
      ])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-1', at: minutesLater(6) } })
        .thenThrows('invitation-revoked');
    });

    it('refuses the link of an invitation that was sent again', () => {
      spec([
        invitedClient,
        {
          type: 'InvitationResent',
          data: {
            userId: 'u1',
            invitationId: 'inv-2',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            inviterName: 'A',
            expiresAt: minutesLater(200 * 60),
            by: 'admin-1',
            resentAt: minutesLater(1),
          },
        },
      ])
        .when({ type: 'AcceptInvitation', data: { invitationId: 'inv-1', at: minutesLater(6) } })
        .thenThrows('invitation-replaced');
    });
  });

  describe('signing in', () => {
    const policy = defaultLockoutPolicy;

    it('records a wrong password, and locks the account at the fifth within fifteen minutes', () => {
      spec([invitedClient, accepted, failedAt(10), failedAt(11), failedAt(12), failedAt(13)])
        .when({ type: 'RecordFailedLogin', data: { at: minutesLater(14), policy } })
        .then([
          failedAt(14),
          {
            type: 'AccountLocked',
            data: {
              userId: 'u1',
              email: 'claire@acme.test',
              name: 'Claire Dupont',
              language: 'fr',
              lockedAt: minutesLater(14),
              lockedUntil: minutesLater(29),
            },
          },
        ]);
    });

    it('forgets wrong passwords older than the window', () => {
      spec([invitedClient, accepted, failedAt(10), failedAt(11), failedAt(12), failedAt(13)])
        .when({ type: 'RecordFailedLogin', data: { at: minutesLater(40), policy } })
        .then([failedAt(40)]);
    });

    it('forgets wrong passwords after a successful sign-in', () => {
      spec([
        invitedClient,
        accepted,
        failedAt(10),
        failedAt(11),
        failedAt(12),
        failedAt(13),
        { type: 'UserLoggedIn', data: { userId: 'u1', loggedInAt: minutesLater(13) } },
      ])
        .when({ type: 'RecordFailedLogin', data: { at: minutesLater(14), policy } })
        .then([failedAt(14)]);
    });

    it('refuses a sign-in while locked, and allows it after the lock ends', () => {
      const locked: UserEvent[] = [
        invitedClient,
        accepted,
        {
          type: 'AccountLocked',
          data: {
            userId: 'u1',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            lockedAt: minutesLater(14),
            lockedUntil: minutesLater(29),
          },
        },
      ];
      spec(locked)
        .when({ type: 'RecordLogin', data: { at: minutesLater(20) } })
        .thenThrows('account-locked');
      spec(locked)
        .when({ type: 'RecordLogin', data: { at: minutesLater(30) } })
        .then([{ type: 'UserLoggedIn', data: { userId: 'u1', loggedInAt: minutesLater(30) } }]);
    });

    it('explains why a sign-in is refused', () => {
      const state = (events: UserEvent[]) => fold(userDecider, events);
      expect(reasonLoginIsRefused(state([]), at)).toBe('unknown');
      expect(reasonLoginIsRefused(state([invitedClient]), at)).toBe('not-activated');
      expect(reasonLoginIsRefused(state([invitedClient, accepted]), at)).toBeNull();
      expect(
        reasonLoginIsRefused(
          state([
            invitedClient,
            accepted,
            { type: 'UserDeactivated', data: { userId: 'u1', by: 'a', deactivatedAt: at } },
          ]),
          at,
        ),
      ).toBe('deactivated');
    });

    it('lifts a lock when the password is reset', () => {
      const events: UserEvent[] = [
        invitedClient,
        accepted,
        {
          type: 'AccountLocked',
          data: {
            userId: 'u1',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            lockedAt: minutesLater(14),
            lockedUntil: minutesLater(29),
          },
        },
        {
          type: 'PasswordChanged',
          data: {
            userId: 'u1',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            reason: 'reset',
            changedAt: minutesLater(16),
          },
        },
      ];
      expect(reasonLoginIsRefused(fold(userDecider, events), minutesLater(17))).toBeNull();
    });
  });

  describe('administration', () => {
    it('changes roles, and does nothing when they are the same', () => {
      spec([invitedClient, accepted])
        .when({ type: 'ChangeRoles', data: { roles: ['staff', 'admin'], organizationId: null, by: 'admin-1', at } })
        .then([
          {
            type: 'RolesChanged',
            data: {
              userId: 'u1',
              roles: ['staff', 'admin'],
              previousRoles: ['client'],
              organizationId: null,
              by: 'admin-1',
              changedAt: at,
            },
          },
        ]);
      spec([invitedClient, accepted])
        .when({ type: 'ChangeRoles', data: { roles: ['client'], organizationId: 'acme', by: 'admin-1', at } })
        .then([]);
    });

    it('deactivates and reactivates an account', () => {
      spec([invitedClient, accepted])
        .when({ type: 'DeactivateUser', data: { by: 'admin-1', at } })
        .then([{ type: 'UserDeactivated', data: { userId: 'u1', by: 'admin-1', deactivatedAt: at } }]);
      spec([
        invitedClient,
        accepted,
        { type: 'UserDeactivated', data: { userId: 'u1', by: 'admin-1', deactivatedAt: at } },
      ])
        .when({ type: 'ReactivateUser', data: { by: 'admin-1', at } })
        .then([{ type: 'UserReactivated', data: { userId: 'u1', by: 'admin-1', reactivatedAt: at } }]);
      spec([invitedClient])
        .when({ type: 'ReactivateUser', data: { by: 'admin-1', at } })
        .thenThrows('user-not-deactivated');
    });

    it('only lets an active account ask for a password reset', () => {
      spec([invitedClient])
        .when({ type: 'RequestPasswordReset', data: { resetId: 'r1', expiresAt: minutesLater(60), at } })
        .thenThrows('user-not-active');
    });
  });

  describe('resetting a password', () => {
    const requested: UserEvent = {
      type: 'PasswordResetRequested',
      data: {
        userId: 'u1',
        email: 'claire@acme.test',
        name: 'Claire Dupont',
        language: 'fr',
        resetId: 'r1',
        expiresAt: minutesLater(60),
        requestedAt: at,
      },
    };

    it('changes the password with the latest link, once, before it expires', () => {
      spec([invitedClient, accepted, requested])
        .when({ type: 'ResetPassword', data: { resetId: 'r1', at: minutesLater(10) } })
        .then([
          {
            type: 'PasswordChanged',
            data: {
              userId: 'u1',
              email: 'claire@acme.test',
              name: 'Claire Dupont',
              language: 'fr',
              reason: 'reset',
              changedAt: minutesLater(10),
            },
          },
        ]);
      spec([
        invitedClient,
        accepted,
        requested,
        {
          type: 'PasswordChanged',
          data: {
            userId: 'u1',
            email: 'claire@acme.test',
            name: 'Claire Dupont',
            language: 'fr',
            reason: 'reset',
            changedAt: minutesLater(10),
          },
        },
      ])
        .when({ type: 'ResetPassword', data: { resetId: 'r1', at: minutesLater(11) } })
        .thenThrows('reset-link-used');
      spec([invitedClient, accepted, requested])
        .when({ type: 'ResetPassword', data: { resetId: 'r1', at: minutesLater(61) } })
        .thenThrows('reset-link-expired');
      spec([
        invitedClient,
        accepted,
        requested,
        { ...requested, data: { ...requested.data, resetId: 'r2' } } as UserEvent,
      ])
        .when({ type: 'ResetPassword', data: { resetId: 'r1', at: minutesLater(5) } })
        .thenThrows('reset-link-used');
    });
  });
});

describe('email claims', () => {
  const claims = given(emailClaimDecider);

  it('lets the first account claim an address, idempotently, and refuses the second', () => {
    claims([])
      .when({ type: 'ClaimEmail', data: { userId: 'u1', at } })
      .then([{ type: 'EmailClaimed', data: { userId: 'u1', claimedAt: at } }]);
    claims([{ type: 'EmailClaimed', data: { userId: 'u1', claimedAt: at } }])
      .when({ type: 'ClaimEmail', data: { userId: 'u1', at } })
      .then([]);
    claims([{ type: 'EmailClaimed', data: { userId: 'u1', claimedAt: at } }])
      .when({ type: 'ClaimEmail', data: { userId: 'u2', at } })
      .thenThrows('email-taken');
  });

  it('frees an address released by its owner only', () => {
    claims([{ type: 'EmailClaimed', data: { userId: 'u1', claimedAt: at } }])
      .when({ type: 'ReleaseEmail', data: { userId: 'u2', at } })
      .then([]);
    claims([
      { type: 'EmailClaimed', data: { userId: 'u1', claimedAt: at } },
      { type: 'EmailReleased', data: { userId: 'u1', releasedAt: at } },
    ])
      .when({ type: 'ClaimEmail', data: { userId: 'u2', at } })
      .then([{ type: 'EmailClaimed', data: { userId: 'u2', claimedAt: at } }]);
  });
});
