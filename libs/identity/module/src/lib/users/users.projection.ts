import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { Recorded } from '@lexport/shared-eventstore';
import type { IdentityUserEvent, UserView } from '@lexport/identity-published';

export type UserDocument = ReadModelDocument &
  Omit<UserView, 'actions'> & { readonly sortName: string; readonly searchText: string; readonly roleTags: string };

/**
 * Roles as one text (" admin staff "), so that "who holds this role" is a substring query the read-store port
 * supports on both engines, instead of a filter in memory.
 */
export const roleTag = (role: string) => ` ${role} `;
const roleTagsOf = (roles: readonly string[]) => ` ${roles.join('  ')} `;

/** What the admin's search box matches: name and address together, so "acme" finds everyone at acme. */
const searchTextOf = (name: string, email: string) => `${name} ${email}`.toLowerCase();

function newUser(id: string, user: Omit<UserView, 'id' | 'lastLoginAt' | 'lockedUntil' | 'actions'>): UserDocument {
  return {
    id,
    ...user,
    sortName: user.name.toLowerCase(),
    searchText: searchTextOf(user.name, user.email),
    roleTags: roleTagsOf(user.roles),
    lastLoginAt: null,
    lockedUntil: null,
  };
}

/** Users as admins list them and as sign-in looks them up (by email). */
export const usersProjection = defineProjection<Recorded<IdentityUserEvent>>({
  name: 'identity_users',
  version: 4,
  collections: {
    users: {
      indexes: ['email', 'status', 'sortName', 'organizationId'],
      textFields: ['name', 'email', 'searchText', 'roleTags'],
    },
  },
  eventTypes: [
    'UserInvited',
    'InvitationResent',
    'InvitationRevoked',
    'InvitationAccepted',
    'UserLoggedIn',
    'AccountLocked',
    'PasswordChanged',
    'RolesChanged',
    'UserDeactivated',
    'UserReactivated',
    'ProfileUpdated',
    'UserSignedUp',
    'EmailVerified',
    'SignUpApproved',
    'SignUpDeclined',
    'SignUpSuperseded',
  ],
  async apply(event, writer) {
    const id = event.data.userId;
    switch (event.type) {
      case 'UserInvited': {
        const { email, name, roles, organizationId, language, invitedAt, expiresAt } = event.data;
        await writer.upsert(
          'users',
          newUser(id, {
            email,
            name,
            roles,
            organizationId,
            language,
            status: 'invited',
            invitedAt,
            invitationExpiresAt: expiresAt,
            signedUp: false,
            organizationName: null,
          }),
        );
        return;
      }
      case 'UserSignedUp': {
        const { email, name, organizationId, organizationName, language, signedUpAt } = event.data;
        await writer.upsert(
          'users',
          newUser(id, {
            email,
            name,
            roles: ['client'],
            organizationId,
            language,
            status: 'unverified',
            invitedAt: signedUpAt,
            invitationExpiresAt: null,
            signedUp: true,
            organizationName: organizationName || null,
          }),
        );
        return;
      }
      case 'EmailVerified':
        await writer.patch('users', id, { status: event.data.approvalRequired ? 'awaiting-approval' : 'active' });
        return;
      case 'SignUpApproved':
        await writer.patch('users', id, { status: 'active', organizationId: event.data.organizationId });
        return;
      case 'SignUpDeclined':
      case 'SignUpSuperseded':
        await writer.patch('users', id, { status: 'sign-up-declined' });
        return;
      case 'InvitationResent':
        await writer.patch('users', id, { invitationExpiresAt: event.data.expiresAt, status: 'invited' });
        return;
      case 'InvitationRevoked':
        await writer.patch('users', id, { status: 'invitation-revoked', invitationExpiresAt: null });
        return;
      case 'InvitationAccepted':
        await writer.patch('users', id, { status: 'active', invitationExpiresAt: null });
        return;
      case 'UserLoggedIn':
        await writer.patch('users', id, { lastLoginAt: event.data.loggedInAt, lockedUntil: null });
        return;
      case 'AccountLocked':
        await writer.patch('users', id, { lockedUntil: event.data.lockedUntil });
        return;
      case 'PasswordChanged':
        await writer.patch('users', id, { lockedUntil: null });
        return;
      case 'RolesChanged':
        await writer.patch('users', id, {
          roles: event.data.roles,
          roleTags: roleTagsOf(event.data.roles),
          organizationId: event.data.organizationId,
        });
        return;
      case 'UserDeactivated':
        await writer.patch('users', id, { status: 'deactivated' });
        return;
      case 'UserReactivated':
        await writer.patch('users', id, { status: 'active', lockedUntil: null });
        return;
      case 'ProfileUpdated': {
        const user = await writer.get<UserDocument>('users', id);
        await writer.patch('users', id, {
          name: event.data.name,
          sortName: event.data.name.toLowerCase(),
          searchText: searchTextOf(event.data.name, user?.email ?? ''),
          language: event.data.language,
        });
        return;
      }
      default:
        return;
    }
  },
});
