import { identityNotificationKinds } from '@lexport/identity-published';
import type { IdentityNotificationKind, IdentityUserEvent } from '@lexport/identity-published';
import { inAppRuleOn } from '@lexport/notifications-published';
import type { InAppContribution } from '@lexport/notifications-published';

const rule = inAppRuleOn<IdentityUserEvent>();
/** Keeps every notice's kind among the published ones. */
const kind = (value: IdentityNotificationKind) => value;

/** The in-app notifications identity's events cause; the web client words each kind (identity scope) in the reader's language. */
export const identityInAppNotices: InAppContribution = {
  version: 1,
  kinds: identityNotificationKinds,
  rules: [
    rule('InvitationAccepted', async ({ data }, people) => {
      const person = await people.person(data.userId);
      // Demo and system invitations have nobody to tell.
      if (!person?.invitedBy || person.invitedBy.startsWith('system:')) return [];
      return [
        {
          to: person.invitedBy,
          kind: kind('invitation-accepted'),
          params: { name: person.name, email: person.email },
          link: '/admin/users',
        },
      ];
    }),
    rule('EmailVerified', ({ data }) =>
      data.approvalRequired
        ? [
            {
              to: { role: 'admins' },
              kind: kind('sign-up-awaiting-approval'),
              params: { name: data.name, email: data.email, organizationName: data.organizationName },
              link: '/admin/users?status=awaiting-approval',
            },
          ]
        : [],
    ),
    rule('SignUpApproved', ({ data }) => [{ to: data.userId, kind: kind('sign-up-approved'), params: {}, link: null }]),
    rule('RolesChanged', ({ data }) => [
      { to: data.userId, kind: kind('roles-changed'), params: { roles: data.roles.join(', ') }, link: '/profile' },
    ]),
    rule('PasswordChanged', ({ data }) => [
      { to: data.userId, kind: kind('password-changed'), params: {}, link: '/profile' },
    ]),
    rule('AccountLocked', ({ data }) => [
      { to: data.userId, kind: kind('account-locked'), params: { lockedUntil: data.lockedUntil }, link: '/profile' },
    ]),
  ],
};
