import type { AccountAction as PublishedAccountAction, IdentityEvent, UserStatus } from '@lexport/identity-published';
import {
  accountActions as publishedAccountActions,
  identityEventTypes,
  userStatuses,
} from '@lexport/identity-published';
import type { AccountAction, OrganizationEvent, UserEvent, UserState } from '@lexport/identity-domain';
import { accountActions } from '@lexport/identity-domain';

/** True only when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked by the type-checker (nx typecheck): the published language says exactly what the domain decides.
const actionsMatch: Same<AccountAction, PublishedAccountAction> = true;
const statusesMatch: Same<Exclude<UserState['status'], 'none'>, UserStatus> = true;

/** What the domain writes, less the markers of commands that crashed half-way (no other context needs those). */
type DomainPublishedEvent =
  | Exclude<UserEvent, { type: 'UnfinishedAccountAbandoned' }>
  | Exclude<OrganizationEvent, { type: 'UnfinishedOrganizationAbandoned' }>;
const sameEventTypes: Same<DomainPublishedEvent['type'], IdentityEvent['type']> = true;
/** Each domain event fits the published event of its type: consumers may rely on every field published. */
const eachEventFits: {
  [Type in DomainPublishedEvent['type']]: Extract<DomainPublishedEvent, { type: Type }> extends Extract<
    IdentityEvent,
    { type: Type }
  >
    ? true
    : false;
} = {
  UserInvited: true,
  InvitationResent: true,
  InvitationRevoked: true,
  InvitationAccepted: true,
  LoginFailed: true,
  AccountLocked: true,
  UserLoggedIn: true,
  PasswordResetRequested: true,
  PasswordChanged: true,
  RolesChanged: true,
  UserDeactivated: true,
  UserReactivated: true,
  ProfileUpdated: true,
  UserSignedUp: true,
  VerificationEmailResent: true,
  EmailVerified: true,
  SignUpApproved: true,
  SignUpDeclined: true,
  SignUpAttempted: true,
  SignUpSuperseded: true,
  OrganizationCreated: true,
  OrganizationUpdated: true,
};

describe("identity's published language", () => {
  it('lists the same account actions and statuses as the domain, in the same order', () => {
    expect([actionsMatch, statusesMatch]).toEqual([true, true]);
  });

  it('publishes every event the domain writes for others, each carrying its aggregate id', () => {
    expect(sameEventTypes).toBe(true);
    expect(Object.keys(eachEventFits).sort()).toEqual([...identityEventTypes].sort());
    expect(publishedAccountActions).toEqual(accountActions);
    expect([...userStatuses].sort()).toEqual([
      'active',
      'awaiting-approval',
      'deactivated',
      'invitation-revoked',
      'invited',
      'sign-up-declined',
      'unverified',
    ]);
  });
});
