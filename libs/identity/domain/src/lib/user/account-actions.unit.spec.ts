import { DomainError, fold } from '@lexport/shared-ddd';
import {
  accountActions,
  actionsOnAccount,
  adminMayNotDeactivateThemselves,
  adminMayNotDropOwnAdminRole,
} from './account-actions';
import type { AccountAction } from './account-actions';
import { userDecider } from './user-decider';
import type { UserCommand, UserEvent, UserState } from './user-model';

const at = '2026-11-27T10:00:00.000Z';
const later = '2026-11-27T10:05:00.000Z';
const person = { email: 'nina@initech.test', name: 'Nina Rossi', language: 'en' };
const invited: UserEvent = {
  type: 'UserInvited',
  data: {
    userId: 'u1',
    ...person,
    roles: ['client'],
    organizationId: 'acme',
    invitationId: 'i1',
    invitedBy: 'admin-1',
    inviterName: 'Alice',
    expiresAt: '2026-11-30T10:00:00.000Z',
    invitedAt: at,
  },
};
const signedUp: UserEvent = {
  type: 'UserSignedUp',
  data: {
    userId: 'u1',
    ...person,
    organizationName: 'Initech',
    organizationId: null,
    approvalRequired: true,
    verificationId: 'v1',
    expiresAt: '2026-11-28T10:00:00.000Z',
    signedUpAt: at,
  },
};

const histories: Record<Exclude<UserState['status'], 'none'>, readonly UserEvent[]> = {
  invited: [invited],
  'invitation-revoked': [
    invited,
    { type: 'InvitationRevoked', data: { userId: 'u1', by: 'admin-1', revokedAt: later } },
  ],
  active: [invited, { type: 'InvitationAccepted', data: { userId: 'u1', acceptedAt: later } }],
  deactivated: [
    invited,
    { type: 'InvitationAccepted', data: { userId: 'u1', acceptedAt: later } },
    { type: 'UserDeactivated', data: { userId: 'u1', by: 'admin-1', deactivatedAt: later } },
  ],
  unverified: [signedUp],
  'awaiting-approval': [
    signedUp,
    {
      type: 'EmailVerified',
      data: {
        userId: 'u1',
        ...person,
        organizationId: null,
        organizationName: 'Initech',
        approvalRequired: true,
        verifiedAt: later,
      },
    },
  ],
  'sign-up-declined': [signedUp, { type: 'SignUpDeclined', data: { userId: 'u1', by: 'admin-1', declinedAt: later } }],
};

const commandFor: Record<AccountAction, UserCommand> = {
  'resend-invitation': {
    type: 'ResendInvitation',
    data: { invitationId: 'i2', expiresAt: '2026-12-01T10:00:00.000Z', by: 'admin-1', byName: 'Alice', at: later },
  },
  'revoke-invitation': { type: 'RevokeInvitation', data: { by: 'admin-1', at: later } },
  'change-roles': { type: 'ChangeRoles', data: { roles: ['staff'], organizationId: null, by: 'admin-1', at: later } },
  deactivate: { type: 'DeactivateUser', data: { by: 'admin-1', at: later } },
  reactivate: { type: 'ReactivateUser', data: { by: 'admin-1', at: later } },
  'approve-sign-up': { type: 'ApproveSignUp', data: { organizationId: 'acme', by: 'admin-1', at: later } },
  'decline-sign-up': { type: 'DeclineSignUp', data: { by: 'admin-1', at: later } },
};

function outcome(state: UserState, action: AccountAction): 'changes' | 'nothing' | 'refused' {
  try {
    return userDecider.decide(commandFor[action], state).length > 0 ? 'changes' : 'nothing';
  } catch (error) {
    if (error instanceof DomainError) return 'refused';
    throw error;
  }
}

describe('the actions an account offers', () => {
  it.each(Object.entries(histories))(
    'offers, on an account in status %s, exactly the state changes the decider accepts',
    (status, history) => {
      const state = fold(userDecider, history);
      expect(state.status).toBe(status);
      const offered = actionsOnAccount(state.status as Exclude<UserState['status'], 'none'>, false);
      for (const action of accountActions) {
        const answer = outcome(state, action);
        // Changing the roles of a closed account is accepted but pointless, so it is not offered; everything else is exact.
        if (offered.includes(action)) expect({ action, answer }).toEqual({ action, answer: 'changes' });
        else if (action !== 'change-roles')
          expect({ action, answer: answer === 'changes' ? 'changes' : 'not offered' }).toEqual({
            action,
            answer: 'not offered',
          });
      }
    },
  );

  it('offers an admin only a change of roles on their own account', () => {
    expect(actionsOnAccount('active', true)).toEqual(['change-roles']);
    expect(actionsOnAccount('deactivated', true)).toEqual([]);
  });

  it('refuses an admin deactivating themselves or dropping their own admin role', () => {
    expect(() => adminMayNotDeactivateThemselves('a1', 'a1')).toThrow(
      expect.objectContaining({ code: 'own-deactivation' }),
    );
    expect(() => adminMayNotDeactivateThemselves('a1', 'u2')).not.toThrow();
    expect(() => adminMayNotDropOwnAdminRole('a1', 'a1', ['staff'])).toThrow(
      expect.objectContaining({ code: 'own-admin-role' }),
    );
    expect(() => adminMayNotDropOwnAdminRole('a1', 'a1', ['admin', 'staff'])).not.toThrow();
    expect(() => adminMayNotDropOwnAdminRole('a1', 'u2', ['client'])).not.toThrow();
  });
});
