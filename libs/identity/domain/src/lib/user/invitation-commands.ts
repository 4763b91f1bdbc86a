import type { UserCommandOf, UserEvent, UserState } from './user-model';
import { invitationMustBeValid, mustBeInvited, rolesMustFit, userMustBeNew } from './user-rules';

export function inviteUser(command: UserCommandOf<'InviteUser'>, state: UserState): UserEvent[] {
  userMustBeNew(state);
  const { at, ...invitation } = command.data;
  rolesMustFit(invitation.roles, invitation.organizationId);
  return [{ type: 'UserInvited', data: { ...invitation, email: invitation.email.toLowerCase(), invitedAt: at } }];
}

export function resendInvitation(command: UserCommandOf<'ResendInvitation'>, state: UserState): UserEvent[] {
  const invited = mustBeInvited(state);
  const { invitationId, expiresAt, by, byName, at } = command.data;
  const { userId, email, name, language } = invited;
  return [
    {
      type: 'InvitationResent',
      data: { userId, invitationId, email, name, language, inviterName: byName, expiresAt, by, resentAt: at },
    },
  ];
}

export function revokeInvitation(command: UserCommandOf<'RevokeInvitation'>, state: UserState): UserEvent[] {
  const { userId } = mustBeInvited(state);
  return [{ type: 'InvitationRevoked', data: { userId, by: command.data.by, revokedAt: command.data.at } }];
}

export function acceptInvitation(command: UserCommandOf<'AcceptInvitation'>, state: UserState): UserEvent[] {
  const invited = mustBeInvited(state);
  invitationMustBeValid(invited, command.data.invitationId, command.data.at);
  return [{ type: 'InvitationAccepted', data: { userId: invited.userId, acceptedAt: command.data.at } }];
}
