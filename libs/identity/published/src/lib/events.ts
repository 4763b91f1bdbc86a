import type { RequestVisibility, UserRole } from './identity';

/**
 * The events identity publishes: what other contexts (notifications, and the contexts that follow) may react to.
 * Each carries its aggregate's id (`userId`, `organizationId`), so nobody parses identity's stream names. The module
 * proves by a type-level spec that its domain events are these.
 */
interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly language: string;
}

type OfUser<Data> = { readonly userId: string } & Data;

export type IdentityUserEvent =
  | {
      readonly type: 'UserInvited';
      readonly data: OfUser<
        Recipient & {
          readonly roles: readonly UserRole[];
          readonly organizationId: string | null;
          readonly invitationId: string;
          readonly invitedBy: string;
          readonly inviterName: string;
          readonly expiresAt: string;
          readonly invitedAt: string;
        }
      >;
    }
  | {
      readonly type: 'InvitationResent';
      readonly data: OfUser<
        Recipient & {
          readonly invitationId: string;
          readonly inviterName: string;
          readonly expiresAt: string;
          readonly by: string;
          readonly resentAt: string;
        }
      >;
    }
  | { readonly type: 'InvitationRevoked'; readonly data: OfUser<{ readonly by: string; readonly revokedAt: string }> }
  | { readonly type: 'InvitationAccepted'; readonly data: OfUser<{ readonly acceptedAt: string }> }
  | { readonly type: 'LoginFailed'; readonly data: OfUser<{ readonly failedAt: string }> }
  | {
      readonly type: 'AccountLocked';
      readonly data: OfUser<Recipient & { readonly lockedAt: string; readonly lockedUntil: string }>;
    }
  | { readonly type: 'UserLoggedIn'; readonly data: OfUser<{ readonly loggedInAt: string }> }
  | {
      readonly type: 'PasswordResetRequested';
      readonly data: OfUser<
        Recipient & { readonly resetId: string; readonly expiresAt: string; readonly requestedAt: string }
      >;
    }
  | {
      readonly type: 'PasswordChanged';
      readonly data: OfUser<Recipient & { readonly reason: 'changed' | 'reset'; readonly changedAt: string }>;
    }
  | {
      readonly type: 'RolesChanged';
      readonly data: OfUser<{
        readonly roles: readonly UserRole[];
        readonly previousRoles: readonly UserRole[];
        readonly organizationId: string | null;
        readonly by: string;
        readonly changedAt: string;
      }>;
    }
  | { readonly type: 'UserDeactivated'; readonly data: OfUser<{ readonly by: string; readonly deactivatedAt: string }> }
  | { readonly type: 'UserReactivated'; readonly data: OfUser<{ readonly by: string; readonly reactivatedAt: string }> }
  | {
      readonly type: 'ProfileUpdated';
      readonly data: OfUser<{ readonly name: string; readonly language: string; readonly updatedAt: string }>;
    }
  | {
      readonly type: 'UserSignedUp';
      readonly data: OfUser<
        Recipient & {
          readonly organizationName: string;
          readonly organizationId: string | null;
          readonly approvalRequired: boolean;
          readonly verificationId: string;
          readonly expiresAt: string;
          readonly signedUpAt: string;
        }
      >;
    }
  | {
      readonly type: 'VerificationEmailResent';
      readonly data: OfUser<
        Recipient & { readonly verificationId: string; readonly expiresAt: string; readonly resentAt: string }
      >;
    }
  | {
      readonly type: 'EmailVerified';
      readonly data: OfUser<
        Recipient & {
          readonly organizationId: string | null;
          readonly organizationName: string;
          readonly approvalRequired: boolean;
          readonly verifiedAt: string;
        }
      >;
    }
  | {
      readonly type: 'SignUpApproved';
      readonly data: OfUser<
        Recipient & { readonly organizationId: string; readonly by: string; readonly approvedAt: string }
      >;
    }
  | { readonly type: 'SignUpDeclined'; readonly data: OfUser<{ readonly by: string; readonly declinedAt: string }> }
  | { readonly type: 'SignUpAttempted'; readonly data: OfUser<Recipient & { readonly attemptedAt: string }> }
  | { readonly type: 'SignUpSuperseded'; readonly data: OfUser<{ readonly supersededAt: string }> };

interface OrganizationProfile {
  readonly organizationId: string;
  readonly name: string;
  readonly emailDomains: readonly string[];
  readonly requestVisibility: RequestVisibility;
  readonly by: string;
}

export type IdentityOrganizationEvent =
  | { readonly type: 'OrganizationCreated'; readonly data: OrganizationProfile & { readonly createdAt: string } }
  | { readonly type: 'OrganizationUpdated'; readonly data: OrganizationProfile & { readonly updatedAt: string } };

export type IdentityEvent = IdentityUserEvent | IdentityOrganizationEvent;

/** Every type name of identity's published events, for projections and rules that list what they handle. */
export const identityEventTypes = [
  'UserInvited',
  'InvitationResent',
  'InvitationRevoked',
  'InvitationAccepted',
  'LoginFailed',
  'AccountLocked',
  'UserLoggedIn',
  'PasswordResetRequested',
  'PasswordChanged',
  'RolesChanged',
  'UserDeactivated',
  'UserReactivated',
  'ProfileUpdated',
  'UserSignedUp',
  'VerificationEmailResent',
  'EmailVerified',
  'SignUpApproved',
  'SignUpDeclined',
  'SignUpAttempted',
  'SignUpSuperseded',
  'OrganizationCreated',
  'OrganizationUpdated',
] as const satisfies readonly IdentityEvent['type'][];

export const identityStreams = {
  user: (userId: string) => `identity-user-${userId}`,
  organization: (organizationId: string) => `identity-organization-${organizationId}`,
} as const;

/** The in-app notifications identity's events cause; the web client words each in the reader's language. */
export const identityNotificationKinds = [
  'invitation-accepted',
  'sign-up-awaiting-approval',
  'sign-up-approved',
  'roles-changed',
  'password-changed',
  'account-locked',
] as const;
export type IdentityNotificationKind = (typeof identityNotificationKinds)[number];
