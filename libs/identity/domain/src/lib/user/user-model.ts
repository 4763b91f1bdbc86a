/**
 * A person who uses the portal: a client user of a client organization, or a member of the legal team. Secrets
 * (password hashes, token hashes) never enter these events: they live in the credential store. Every event carries
 * the account's id (`userId`), so that other contexts never read it from a stream name.
 */
export const roles = ['client', 'staff', 'admin', 'operator'] as const;
export type Role = (typeof roles)[number];

export interface LockoutPolicy {
  /** Wrong passwords within the window that lock the account. */
  readonly maxFailures: number;
  readonly windowMinutes: number;
  readonly lockMinutes: number;
}

export const defaultLockoutPolicy: LockoutPolicy = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };

export interface Profile {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organizationId: string | null;
  readonly language: string;
}

/** Events that cause an email carry their recipient, so that the email can be sent from the event alone. */
export interface Recipient {
  readonly email: string;
  readonly name: string;
  readonly language: string;
}

interface Account extends Profile {
  readonly userId: string;
}

export type UserState =
  /** `abandoned`: a command that claimed an address for this id crashed before creating the account; the id is dead. */
  | { readonly status: 'none'; readonly abandoned?: true }
  | (Account & { readonly status: 'invited'; readonly invitationId: string; readonly invitationExpiresAt: string })
  | (Account & { readonly status: 'invitation-revoked' })
  | (Account & {
      readonly status: 'active';
      readonly recentFailures: readonly string[];
      readonly lockedUntil: string | null;
      /** The password reset that a link may still complete, if any. */
      readonly pendingReset: { readonly resetId: string; readonly expiresAt: string } | null;
    })
  | (Account & { readonly status: 'deactivated' })
  | (Account & {
      readonly status: 'unverified';
      readonly verificationId: string;
      readonly verificationExpiresAt: string;
      readonly approvalRequired: boolean;
      readonly organizationName: string;
    })
  | (Account & { readonly status: 'awaiting-approval'; readonly organizationName: string })
  | (Account & { readonly status: 'sign-up-declined' });

export type ExistingUser = Exclude<UserState, { status: 'none' }>;

/** What someone types when signing up; the organization is the one their email domain matched, if any. */
interface SignUp {
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly organizationName: string;
  readonly organizationId: string | null;
  readonly approvalRequired: boolean;
  readonly verificationId: string;
  readonly expiresAt: string;
}

export type UserCommand =
  | {
      readonly type: 'InviteUser';
      readonly data: Profile & {
        readonly userId: string;
        readonly invitationId: string;
        readonly invitedBy: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'ResendInvitation';
      readonly data: {
        readonly invitationId: string;
        readonly expiresAt: string;
        readonly by: string;
        readonly byName: string;
        readonly at: string;
      };
    }
  | { readonly type: 'RevokeInvitation'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'AcceptInvitation'; readonly data: { readonly invitationId: string; readonly at: string } }
  | { readonly type: 'RecordFailedLogin'; readonly data: { readonly at: string; readonly policy: LockoutPolicy } }
  | { readonly type: 'RecordLogin'; readonly data: { readonly at: string } }
  | {
      readonly type: 'RequestPasswordReset';
      readonly data: { readonly resetId: string; readonly expiresAt: string; readonly at: string };
    }
  | { readonly type: 'ChangePassword'; readonly data: { readonly reason: 'changed'; readonly at: string } }
  | { readonly type: 'ResetPassword'; readonly data: { readonly resetId: string; readonly at: string } }
  | {
      readonly type: 'ChangeRoles';
      readonly data: {
        readonly roles: readonly Role[];
        readonly organizationId: string | null;
        readonly by: string;
        readonly at: string;
      };
    }
  | { readonly type: 'DeactivateUser'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'ReactivateUser'; readonly data: { readonly by: string; readonly at: string } }
  | {
      readonly type: 'UpdateProfile';
      readonly data: { readonly name: string; readonly language: string; readonly at: string };
    }
  | { readonly type: 'SignUp'; readonly data: SignUp & { readonly at: string } }
  | {
      readonly type: 'ResendVerification';
      readonly data: { readonly verificationId: string; readonly expiresAt: string; readonly at: string };
    }
  | { readonly type: 'VerifyEmail'; readonly data: { readonly verificationId: string; readonly at: string } }
  | {
      readonly type: 'ApproveSignUp';
      readonly data: { readonly organizationId: string; readonly by: string; readonly at: string };
    }
  | { readonly type: 'DeclineSignUp'; readonly data: { readonly by: string; readonly at: string } }
  | { readonly type: 'RecordSignUpAttempt'; readonly data: { readonly at: string } }
  | { readonly type: 'SupersedeSignUp'; readonly data: { readonly at: string } }
  | { readonly type: 'AbandonUnfinishedAccount'; readonly data: { readonly at: string } };

export type UserCommandOf<Type extends UserCommand['type']> = Extract<UserCommand, { type: Type }>;

type Of<Data> = { readonly userId: string } & Data;

export type UserEvent =
  | {
      readonly type: 'UserInvited';
      readonly data: Profile & {
        readonly userId: string;
        readonly invitationId: string;
        readonly invitedBy: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly invitedAt: string;
      };
    }
  | {
      readonly type: 'InvitationResent';
      /** Carries the recipient so that the email can be sent from this event alone. */
      readonly data: Of<{
        readonly invitationId: string;
        readonly email: string;
        readonly name: string;
        readonly language: string;
        readonly inviterName: string;
        readonly expiresAt: string;
        readonly by: string;
        readonly resentAt: string;
      }>;
    }
  | { readonly type: 'InvitationRevoked'; readonly data: Of<{ readonly by: string; readonly revokedAt: string }> }
  | { readonly type: 'InvitationAccepted'; readonly data: Of<{ readonly acceptedAt: string }> }
  | { readonly type: 'LoginFailed'; readonly data: Of<{ readonly failedAt: string }> }
  | {
      readonly type: 'AccountLocked';
      readonly data: Of<Recipient & { readonly lockedAt: string; readonly lockedUntil: string }>;
    }
  | { readonly type: 'UserLoggedIn'; readonly data: Of<{ readonly loggedInAt: string }> }
  | {
      readonly type: 'PasswordResetRequested';
      readonly data: Of<
        Recipient & { readonly resetId: string; readonly expiresAt: string; readonly requestedAt: string }
      >;
    }
  | {
      readonly type: 'PasswordChanged';
      readonly data: Of<Recipient & { readonly reason: 'changed' | 'reset'; readonly changedAt: string }>;
    }
  | {
      readonly type: 'RolesChanged';
      readonly data: Of<{
        readonly roles: readonly Role[];
        readonly previousRoles: readonly Role[];
        readonly organizationId: string | null;
        readonly by: string;
        readonly changedAt: string;
      }>;
    }
  | { readonly type: 'UserDeactivated'; readonly data: Of<{ readonly by: string; readonly deactivatedAt: string }> }
  | { readonly type: 'UserReactivated'; readonly data: Of<{ readonly by: string; readonly reactivatedAt: string }> }
  | {
      readonly type: 'ProfileUpdated';
      readonly data: Of<{ readonly name: string; readonly language: string; readonly updatedAt: string }>;
    }
  | { readonly type: 'UserSignedUp'; readonly data: SignUp & { readonly signedUpAt: string } }
  | {
      readonly type: 'VerificationEmailResent';
      readonly data: Of<
        Recipient & { readonly verificationId: string; readonly expiresAt: string; readonly resentAt: string }
      >;
    }
  | {
      readonly type: 'EmailVerified';
      /** Carries who signed up, so that admins can be told from this event alone when an approval is needed. */
      readonly data: Of<
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
      readonly data: Of<
        Recipient & { readonly organizationId: string; readonly by: string; readonly approvedAt: string }
      >;
    }
  | { readonly type: 'SignUpDeclined'; readonly data: Of<{ readonly by: string; readonly declinedAt: string }> }
  /** Someone tried to sign up with this account's address; the owner is told, the stranger learns nothing. */
  | { readonly type: 'SignUpAttempted'; readonly data: Of<Recipient & { readonly attemptedAt: string }> }
  /**
   * A newer sign-up or invitation for the same address replaced this unconfirmed one: its link dies with it, so that
   * whoever signed up with someone else's address first cannot keep it.
   */
  | { readonly type: 'SignUpSuperseded'; readonly data: Of<{ readonly supersededAt: string }> }
  /**
   * Written to the stream of an account that was never created, so that the address it claimed can be given to
   * someone else: the crashed command, if it ever resumes, finds the stream no longer empty and cannot create it.
   */
  | { readonly type: 'UnfinishedAccountAbandoned'; readonly data: { readonly abandonedAt: string } };

export const userStreamName = (userId: string) => `identity-user-${userId}`;
export const userIdOfStream = (streamName: string) => streamName.slice('identity-user-'.length);

/**
 * Events written before they carried `userId` (schema version 1) and the version that carries it. An upcaster lifts
 * the stored ones, taking the id from their stream.
 */
export const userEventsGivenTheirId = [
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
  'VerificationEmailResent',
  'EmailVerified',
  'SignUpApproved',
  'SignUpDeclined',
  'SignUpAttempted',
] as const satisfies readonly UserEvent['type'][];

export const recipientOf = (state: Profile): Recipient => ({
  email: state.email,
  name: state.name,
  language: state.language,
});
