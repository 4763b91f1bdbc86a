import { projectionSpec } from '@lexport/shared-projections';
import type { InAppContribution } from '@lexport/notifications-published';
import { inboxProjection, notificationId } from './inbox.projection';

const at = '2026-11-29T10:00:00.000Z';
const admin = 'a1';
const applicant = 'u2';

/** A context's in-app rule, of the shape identity contributes: a sign-up to approve is news for every active admin. */
const approvals: InAppContribution = {
  version: 1,
  kinds: ['sign-up-awaiting-approval'],
  rules: [
    {
      eventType: 'EmailVerified',
      notices: (event) => {
        const data = event.data as { name: string; approvalRequired: boolean };
        return data.approvalRequired
          ? [
              {
                to: { role: 'admins' },
                kind: 'sign-up-awaiting-approval',
                params: { name: data.name },
                link: '/admin/users',
              },
            ]
          : [];
      },
    },
  ],
};

const adminInvited = {
  streamName: `identity-user-${admin}`,
  type: 'UserInvited',
  data: {
    userId: admin,
    email: 'alice@firm.test',
    name: 'Alice',
    language: 'fr',
    roles: ['admin'],
    organizationId: null,
    invitationId: 'i1',
    invitedBy: 'system:demo-data',
    inviterName: 'Lexport',
    expiresAt: at,
    invitedAt: at,
  },
};
const adminAccepted = {
  streamName: `identity-user-${admin}`,
  type: 'InvitationAccepted',
  data: { userId: admin, acceptedAt: at },
};
const applicantSignedUp = {
  streamName: `identity-user-${applicant}`,
  type: 'UserSignedUp',
  data: {
    userId: applicant,
    email: 'nina@initech.test',
    name: 'Nina',
    language: 'en',
    organizationName: 'Initech',
    organizationId: null,
    approvalRequired: true,
    verificationId: 'v1',
    expiresAt: at,
    signedUpAt: at,
  },
};
const applicantVerified = {
  id: '00000000-0000-4000-8000-000000000004',
  streamName: `identity-user-${applicant}`,
  type: 'EmailVerified',
  data: {
    userId: applicant,
    email: 'nina@initech.test',
    name: 'Nina',
    language: 'en',
    organizationId: null,
    organizationName: 'Initech',
    approvalRequired: true,
    verifiedAt: at,
  },
};

describe('the in-app notifications inbox', () => {
  it("keeps the directory of people and admins from identity's events, and applies each context's rules", () =>
    projectionSpec(inboxProjection([approvals]))
      .given([adminInvited, adminAccepted, applicantSignedUp, applicantVerified])
      .then({
        people: [
          {
            id: admin,
            email: 'alice@firm.test',
            name: 'Alice',
            language: 'fr',
            roles: ['admin'],
            active: true,
            invitedBy: 'system:demo-data',
          },
          {
            id: applicant,
            email: 'nina@initech.test',
            name: 'Nina',
            language: 'en',
            roles: ['client'],
            active: false,
            invitedBy: null,
          },
        ],
        readers: [{ id: 'admins', userIds: [admin] }],
        notifications: [
          {
            id: notificationId(applicantVerified.id, admin, 'sign-up-awaiting-approval'),
            userId: admin,
            kind: 'sign-up-awaiting-approval',
            params: { name: 'Nina' },
            link: '/admin/users',
            createdAt: at,
            position: 4,
            read: false,
          },
        ],
      }));

  it('marks a person’s own notifications read, and ignores ids of someone else’s', () => {
    const id = notificationId(applicantVerified.id, admin, 'sign-up-awaiting-approval');
    const read = (by: string) => ({
      streamName: `notifications-inbox-${by}`,
      type: 'NotificationsRead',
      data: { notificationIds: [id], readAt: at },
    });
    return projectionSpec(inboxProjection([approvals]))
      .given([adminInvited, adminAccepted, applicantSignedUp, applicantVerified, read(applicant), read(admin)])
      .then({
        notifications: [
          {
            id,
            userId: admin,
            kind: 'sign-up-awaiting-approval',
            params: { name: 'Nina' },
            link: '/admin/users',
            createdAt: at,
            position: 4,
            read: true,
          },
        ],
      });
  });

  it('notifies nobody when no admin is active yet', () =>
    projectionSpec(inboxProjection([approvals]))
      .given([adminInvited, applicantSignedUp, applicantVerified])
      .then({ notifications: [] }));
});
