import request from 'supertest';
import { emailClaimStreamName } from '@lexport/identity-module';
import { httpSpec } from '../testing/http-spec';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const userId = (n: number) => `6f1c7c1e-6a3b-4e0e-9d2a-${String(n).padStart(12, '0')}`;
const stream = (n: number) => `identity-user-${userId(n)}`;
const invited = (n: number, roles = ['client'], organizationId: string | null = 'acme') => ({
  streamName: stream(n),
  type: 'UserInvited',
  data: {
    userId: userId(n),
    email: `person${n}@acme.demo`,
    name: `Person ${n}`,
    roles,
    organizationId,
    language: 'en',
    invitationId: `invitation-${n}`,
    invitedBy: 'admin',
    inviterName: 'Alice',
    expiresAt: '2099-01-01T00:00:00.000Z',
    invitedAt: '2026-11-29T10:00:00.000Z',
  },
});
const claimed = (n: number) => ({
  streamName: emailClaimStreamName(`person${n}@acme.demo`),
  type: 'EmailClaimed',
  data: { userId: userId(n), claimedAt: '2026-11-29T10:00:00.000Z' },
});
const accepted = (n: number) => ({
  streamName: stream(n),
  type: 'InvitationAccepted',
  data: { userId: userId(n), acceptedAt: '2026-11-29T10:05:00.000Z' },
});

/** Short specifications of identity's handlers: given events, when a request, then the events it appends or its problem. */
describe('identity handlers, given events, over HTTP', () => {
  let server: TestServer;
  let admin: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true' });
    admin = await signIn(server, 'admin@lexport.demo');
  });

  afterAll(() => server.close());

  it('withdraws a pending invitation', () =>
    httpSpec(server)
      .given([claimed(1), invited(1)])
      .when(() => admin.delete(`/api/identity/users/${userId(1)}/invitation`))
      .then([{ streamName: stream(1), type: 'InvitationRevoked', data: { userId: userId(1) } }]));

  it('refuses to withdraw an invitation already accepted', () =>
    httpSpec(server)
      .given([claimed(2), invited(2), accepted(2)])
      .when(() => admin.delete(`/api/identity/users/${userId(2)}/invitation`))
      .thenProblem(409, 'invitation-already-used'));

  it('sends an invitation again with a new link, to the same person', () =>
    httpSpec(server)
      .given([claimed(3), invited(3)])
      .when(() => admin.post(`/api/identity/users/${userId(3)}/invitation`))
      .then([
        {
          streamName: stream(3),
          type: 'InvitationResent',
          data: { userId: userId(3), email: 'person3@acme.demo', inviterName: 'Alice Martin' },
        },
      ]));

  it('changes the roles of a client into legal staff, and records nothing when they are already so', async () => {
    await httpSpec(server)
      .given([claimed(4), invited(4), accepted(4)])
      .when(() => admin.put(`/api/identity/users/${userId(4)}/roles`).send({ roles: ['staff'], organizationId: null }))
      .then([{ type: 'RolesChanged', data: { roles: ['staff'], previousRoles: ['client'], organizationId: null } }]);
    await httpSpec(server)
      .given([])
      .when(() => admin.put(`/api/identity/users/${userId(4)}/roles`).send({ roles: ['staff'], organizationId: null }))
      .thenNothingHappened();
  });

  it('refuses a client role without an organization, and writes nothing', () =>
    httpSpec(server)
      .given([claimed(5), invited(5), accepted(5)])
      .when(() => admin.put(`/api/identity/users/${userId(5)}/roles`).send({ roles: ['client'], organizationId: null }))
      .thenProblem(422, 'organization-required'));

  it('deactivates an active account, and refuses to reactivate one that is not deactivated', async () => {
    await httpSpec(server)
      .given([claimed(6), invited(6), accepted(6)])
      .when(() => admin.post(`/api/identity/users/${userId(6)}/deactivation`))
      .then([{ type: 'UserDeactivated', data: { userId: userId(6) } }]);
    await httpSpec(server)
      .given([claimed(7), invited(7), accepted(7)])
      .when(() => admin.delete(`/api/identity/users/${userId(7)}/deactivation`))
      .thenNothingHappened();
    await httpSpec(server)
      .given([claimed(8), invited(8)])
      .when(() => admin.delete(`/api/identity/users/${userId(8)}/deactivation`))
      .thenProblem(409, 'user-not-deactivated');
  });

  it('lets nobody anonymous change anything', () =>
    httpSpec(server)
      .given([claimed(9), invited(9)])
      .when(() => request(server.http).delete(`/api/identity/users/${userId(9)}/invitation`))
      .thenProblem(401, 'unauthenticated'));
});
