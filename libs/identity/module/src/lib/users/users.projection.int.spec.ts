import { projectionSpec } from '@lexport/shared-projections';
import { usersProjection } from './users.projection';

const stream = 'identity-user-u1';
const invited = {
  streamName: stream,
  type: 'UserInvited',
  data: {
    userId: 'u1',
    email: 'nadia@acme.test',
    name: 'Nadia Rossi',
    roles: ['client'],
    organizationId: 'acme',
    language: 'fr',
    invitationId: 'i1',
    invitedBy: 'admin-1',
    inviterName: 'Alice Martin',
    expiresAt: '2026-11-04T09:00:00.000Z',
    invitedAt: '2026-11-01T09:00:00.000Z',
  },
};
const invitedDocument = {
  id: 'u1',
  email: 'nadia@acme.test',
  name: 'Nadia Rossi',
  roles: ['client'],
  organizationId: 'acme',
  language: 'fr',
  status: 'invited',
  invitedAt: '2026-11-01T09:00:00.000Z',
  invitationExpiresAt: '2026-11-04T09:00:00.000Z',
  signedUp: false,
  organizationName: null,
  sortName: 'nadia rossi',
  searchText: 'nadia rossi nadia@acme.test',
  roleTags: ' client ',
  lastLoginAt: null,
  lockedUntil: null,
};

describe('the users projection', () => {
  it('lists an invited user, searchable by name and address', () =>
    projectionSpec(usersProjection)
      .given([invited])
      .then({ users: [invitedDocument] }));

  it('follows the account through acceptance, sign-in, a lock-out, a new name and new roles', () =>
    projectionSpec(usersProjection)
      .given([
        invited,
        {
          streamName: stream,
          type: 'InvitationAccepted',
          data: { userId: 'u1', acceptedAt: '2026-11-02T09:00:00.000Z' },
        },
        { streamName: stream, type: 'UserLoggedIn', data: { userId: 'u1', loggedInAt: '2026-11-02T09:05:00.000Z' } },
        {
          streamName: stream,
          type: 'AccountLocked',
          data: {
            userId: 'u1',
            email: 'nadia@acme.test',
            name: 'Nadia Rossi',
            language: 'fr',
            lockedAt: '2026-11-03T09:00:00.000Z',
            lockedUntil: '2026-11-03T09:15:00.000Z',
          },
        },
        {
          streamName: stream,
          type: 'ProfileUpdated',
          data: { userId: 'u1', name: 'Nadia Bianchi', language: 'en', updatedAt: '2026-11-04T09:00:00.000Z' },
        },
        {
          streamName: stream,
          type: 'RolesChanged',
          data: {
            userId: 'u1',
            roles: ['staff', 'admin'],
            previousRoles: ['client'],
            organizationId: null,
            by: 'admin-1',
            changedAt: '2026-11-05T09:00:00.000Z',
          },
        },
      ])
      .then({
        users: [
          {
            ...invitedDocument,
            name: 'Nadia Bianchi',
            sortName: 'nadia bianchi',
            searchText: 'nadia bianchi nadia@acme.test',
            language: 'en',
            status: 'active',
            invitationExpiresAt: null,
            lastLoginAt: '2026-11-02T09:05:00.000Z',
            lockedUntil: '2026-11-03T09:15:00.000Z',
            roles: ['staff', 'admin'],
            roleTags: ' staff  admin ',
            organizationId: null,
          },
        ],
      }));
});
