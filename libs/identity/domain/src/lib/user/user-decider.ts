import { assertNever } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import {
  abandonUnfinishedAccount,
  changeRoles,
  deactivateUser,
  reactivateUser,
  updateProfile,
} from './account-commands';
import { acceptInvitation, inviteUser, resendInvitation, revokeInvitation } from './invitation-commands';
import { changePassword, requestPasswordReset, resetPassword } from './password-commands';
import { recordFailedLogin, recordLogin } from './sign-in-commands';
import {
  approveSignUp,
  declineSignUp,
  recordSignUpAttempt,
  resendVerification,
  signUp,
  supersedeSignUp,
  verifyEmail,
} from './sign-up-commands';
import type { ExistingUser, UserCommand, UserEvent, UserState } from './user-model';
import { userEventsGivenTheirId } from './user-model';

/** Each command has its own function (by use case, in the files beside this one); this only routes to it. */
export function decide(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'InviteUser':
      return inviteUser(command, state);
    case 'ResendInvitation':
      return resendInvitation(command, state);
    case 'RevokeInvitation':
      return revokeInvitation(command, state);
    case 'AcceptInvitation':
      return acceptInvitation(command, state);
    case 'RecordFailedLogin':
      return recordFailedLogin(command, state);
    case 'RecordLogin':
      return recordLogin(command, state);
    case 'RequestPasswordReset':
      return requestPasswordReset(command, state);
    case 'ChangePassword':
      return changePassword(command, state);
    case 'ResetPassword':
      return resetPassword(command, state);
    case 'ChangeRoles':
      return changeRoles(command, state);
    case 'DeactivateUser':
      return deactivateUser(command, state);
    case 'ReactivateUser':
      return reactivateUser(command, state);
    case 'UpdateProfile':
      return updateProfile(command, state);
    case 'SignUp':
      return signUp(command, state);
    case 'ResendVerification':
      return resendVerification(command, state);
    case 'VerifyEmail':
      return verifyEmail(command, state);
    case 'ApproveSignUp':
      return approveSignUp(command, state);
    case 'DeclineSignUp':
      return declineSignUp(command, state);
    case 'RecordSignUpAttempt':
      return recordSignUpAttempt(command, state);
    case 'SupersedeSignUp':
      return supersedeSignUp(command, state);
    case 'AbandonUnfinishedAccount':
      return abandonUnfinishedAccount(command, state);
    default:
      return assertNever(command, 'user command');
  }
}

const accountOf = ({ userId, email, name, roles, organizationId, language }: ExistingUser) => ({
  userId,
  email,
  name,
  roles,
  organizationId,
  language,
});
const freshSignIn = { recentFailures: [], lockedUntil: null, pendingReset: null } as const;

export function evolve(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserInvited': {
      const { userId, email, name, roles, organizationId, language, expiresAt, invitationId } = event.data;
      return {
        status: 'invited',
        userId,
        email,
        name,
        roles,
        organizationId,
        language,
        invitationId,
        invitationExpiresAt: expiresAt,
      };
    }
    case 'InvitationResent':
      return state.status === 'invited'
        ? { ...state, invitationId: event.data.invitationId, invitationExpiresAt: event.data.expiresAt }
        : state;
    case 'InvitationRevoked':
      return state.status === 'none' ? state : { ...accountOf(state), status: 'invitation-revoked' };
    case 'InvitationAccepted':
    case 'UserReactivated':
      return state.status === 'none' ? state : { ...accountOf(state), status: 'active', ...freshSignIn };
    case 'LoginFailed':
      return state.status === 'active'
        ? { ...state, recentFailures: [...state.recentFailures, event.data.failedAt].slice(-20) }
        : state;
    case 'AccountLocked':
      return state.status === 'active' ? { ...state, lockedUntil: event.data.lockedUntil, recentFailures: [] } : state;
    case 'UserLoggedIn':
      return state.status === 'active' ? { ...state, recentFailures: [], lockedUntil: null } : state;
    case 'PasswordChanged':
      // A new password ends a lock-out (whoever was guessing the old one has nothing left to guess) and any reset link.
      return state.status === 'active'
        ? { ...state, recentFailures: [], lockedUntil: null, pendingReset: null }
        : state;
    case 'PasswordResetRequested':
      return state.status === 'active'
        ? { ...state, pendingReset: { resetId: event.data.resetId, expiresAt: event.data.expiresAt } }
        : state;
    case 'RolesChanged':
      return state.status === 'none'
        ? state
        : { ...state, roles: event.data.roles, organizationId: event.data.organizationId };
    case 'UserDeactivated':
      return state.status === 'none' ? state : { ...accountOf(state), status: 'deactivated' };
    case 'ProfileUpdated':
      return state.status === 'none' ? state : { ...state, name: event.data.name, language: event.data.language };
    case 'UserSignedUp': {
      const {
        userId,
        email,
        name,
        language,
        organizationId,
        organizationName,
        approvalRequired,
        verificationId,
        expiresAt,
      } = event.data;
      return {
        status: 'unverified',
        userId,
        email,
        name,
        language,
        roles: ['client'],
        organizationId,
        organizationName,
        approvalRequired,
        verificationId,
        verificationExpiresAt: expiresAt,
      };
    }
    case 'VerificationEmailResent':
      return state.status === 'unverified'
        ? { ...state, verificationId: event.data.verificationId, verificationExpiresAt: event.data.expiresAt }
        : state;
    case 'EmailVerified':
      if (state.status === 'none') return state;
      return event.data.approvalRequired
        ? { ...accountOf(state), status: 'awaiting-approval', organizationName: event.data.organizationName }
        : { ...accountOf(state), status: 'active', ...freshSignIn };
    case 'SignUpApproved':
      return state.status === 'none'
        ? state
        : { ...accountOf(state), organizationId: event.data.organizationId, status: 'active', ...freshSignIn };
    case 'SignUpDeclined':
    case 'SignUpSuperseded':
      return state.status === 'none' ? state : { ...accountOf(state), status: 'sign-up-declined' };
    case 'SignUpAttempted':
      return state;
    case 'UnfinishedAccountAbandoned':
      return state.status === 'none' ? { status: 'none', abandoned: true } : state;
    default:
      return assertNever(event, 'user event');
  }
}

export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: () => ({ status: 'none' }),
  decide,
  evolve,
  schemaVersions: Object.fromEntries(userEventsGivenTheirId.map((type) => [type, 2])),
};
