import * as z from 'zod';
import { nameText } from '@lexport/shared-published';

export const userRoles = ['client', 'staff', 'admin', 'operator'] as const;
export type UserRole = (typeof userRoles)[number];
export const userLanguages = ['en', 'fr'] as const;

const organizationId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const personName = nameText({ min: 1, max: 120 });
const organizationName = nameText({ min: 1, max: 160 });
const email = z
  .email()
  .max(320)
  .transform((value) => value.toLowerCase());
// Long enough for any passphrase; the policy itself (length, strength) is checked by the server with a clear reason.
const password = z.string().min(1).max(1024);

export const loginRequest = z.object({ email, password }).strict();
export type LoginRequest = z.input<typeof loginRequest>;

export const inviteUserRequest = z
  .object({
    email,
    name: personName,
    roles: z.array(z.enum(userRoles)).min(1).max(userRoles.length),
    organizationId: organizationId.nullable().default(null),
    language: z.enum(userLanguages).default('en'),
  })
  .strict();
export type InviteUserRequest = z.input<typeof inviteUserRequest>;

export const acceptInvitationRequest = z
  .object({ userId: z.uuid(), token: z.string().min(20).max(200), password })
  .strict();
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequest>;

export const invitationParams = z.object({ userId: z.uuid() }).strict();
export const invitationQuery = z.object({ token: z.string().min(1).max(200) }).strict();
export const userIdParams = z.object({ userId: z.uuid() }).strict();

export const userStatuses = [
  'invited',
  'invitation-revoked',
  'active',
  'deactivated',
  'unverified',
  'awaiting-approval',
  'sign-up-declined',
] as const;
export type UserStatus = (typeof userStatuses)[number];

/** Paging of a list, and the position a read waits for (read-your-writes). */
const paging = (maxLimit: number, defaultLimit: number) => ({
  limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit),
  offset: z.coerce.number().int().min(0).default(0),
  position: z.coerce.number().int().min(0).optional(),
});

export const listUsersQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    role: z.enum(userRoles).optional(),
    status: z.enum(userStatuses).optional(),
    organizationId: organizationId.optional(),
    ...paging(200, 50),
  })
  .strict();

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly UserRole[];
  readonly organizationId: string | null;
  readonly language: string;
}

export interface SessionView {
  readonly user: SessionUser | null;
  /** Whether this portal keeps its emails in the development mailbox (DEV_MAILBOX); told to admins only. */
  readonly developmentMailbox: boolean;
}

/** What an admin may do to an account now, decided on the server from the account's state (history is always offered). */
export const accountActions = [
  'resend-invitation',
  'revoke-invitation',
  'change-roles',
  'deactivate',
  'reactivate',
  'approve-sign-up',
  'decline-sign-up',
] as const;
export type AccountAction = (typeof accountActions)[number];

export interface UserView extends SessionUser {
  readonly status: UserStatus;
  /** The actions the signed-in admin may take on this account. */
  readonly actions: readonly AccountAction[];
  /** When the account was created: invited by the legal team or signed up. */
  readonly invitedAt: string;
  readonly signedUp: boolean;
  /** The organization a person named when signing up, for the admin who approves them. */
  readonly organizationName: string | null;
  readonly invitationExpiresAt: string | null;
  readonly lastLoginAt: string | null;
  readonly lockedUntil: string | null;
}

export interface InvitationView {
  readonly status: 'valid' | 'expired' | 'used' | 'revoked' | 'invalid';
  readonly email?: string;
  readonly name?: string;
  readonly expiresAt?: string;
}

/** The path of the page where an invitation is accepted; the token is signed over user and invitation. */
export const invitationPath = (userId: string, token: string) =>
  `/invitations/${encodeURIComponent(userId)}?token=${encodeURIComponent(token)}`;
export const invitationTokenPurpose = 'invitation';

export const requestPasswordResetRequest = z.object({ email }).strict();
export const completePasswordResetRequest = z
  .object({ userId: z.uuid(), token: z.string().min(20).max(200), password })
  .strict();
export const changePasswordRequest = z.object({ currentPassword: password, newPassword: password }).strict();
export const passwordResetParams = z.object({ userId: z.uuid() }).strict();

export interface PasswordResetView {
  readonly status: 'valid' | 'expired' | 'used' | 'invalid';
}

export const passwordResetPath = (userId: string, token: string) =>
  `/password-resets/${encodeURIComponent(userId)}?token=${encodeURIComponent(token)}`;
export const forgotPasswordPath = '/forgot-password';
export const passwordResetTokenPurpose = 'password-reset';
export const passwordResetMinutes = 60;

export const changeRolesRequest = z
  .object({
    roles: z.array(z.enum(userRoles)).min(1).max(userRoles.length),
    organizationId: organizationId.nullable().default(null),
  })
  .strict();
export type ChangeRolesRequest = z.input<typeof changeRolesRequest>;

export const updateProfileRequest = z.object({ name: personName, language: z.enum(userLanguages) }).strict();
export type UpdateProfileRequest = z.input<typeof updateProfileRequest>;

export const requestVisibilities = ['organization', 'own'] as const;
export type RequestVisibility = (typeof requestVisibilities)[number];

const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((domain) => domain.replace(/^@/, ''))
  .pipe(z.string().regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'Not an email domain'));

export const organizationRequest = z
  .object({
    name: organizationName,
    emailDomains: z.array(emailDomain).max(20).default([]),
    requestVisibility: z.enum(requestVisibilities).default('organization'),
  })
  .strict();
export type OrganizationRequest = z.input<typeof organizationRequest>;
export const organizationIdParams = z.object({ organizationId }).strict();
export const listOrganizationsQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    ...paging(500, 100),
  })
  .strict();

export interface OrganizationView {
  readonly id: string;
  readonly name: string;
  readonly emailDomains: readonly string[];
  readonly requestVisibility: RequestVisibility;
  readonly createdAt: string;
}

export const signUpModes = ['disabled', 'open', 'allowed-domains'] as const;
export type SignUpMode = (typeof signUpModes)[number];
export const signUpPolicyRequest = z.object({ mode: z.enum(signUpModes), requireApproval: z.boolean() }).strict();
export type SignUpPolicyView = z.infer<typeof signUpPolicyRequest>;

export const signUpRequest = z
  .object({
    email,
    name: personName,
    organizationName: nameText({ min: 0, max: 160 }).default(''),
    language: z.enum(userLanguages).default('en'),
    password,
  })
  .strict();
export type SignUpRequest = z.input<typeof signUpRequest>;

/** The same answer whether the address was new or already had an account (the owner of that one is told by email). */
export interface SignUpAccepted {
  readonly status: 'verification-sent';
}

/** The password chosen at sign-up proves that whoever confirms is whoever signed up, not just whoever reads the mailbox. */
export const emailVerificationRequest = z
  .object({ userId: z.uuid(), token: z.string().min(20).max(200), password: z.string().min(1).max(256) })
  .strict();
export const resendVerificationRequest = z.object({ email }).strict();

export interface EmailVerificationView {
  readonly status: 'valid' | 'expired' | 'used' | 'invalid';
}

/** What happened when a link was followed: the account can sign in now, or waits for an admin. */
export interface EmailVerified {
  readonly status: 'active' | 'awaiting-approval';
}

export const approveSignUpRequest = z.object({ organizationId }).strict();
export type ApproveSignUpRequest = z.input<typeof approveSignUpRequest>;

export const emailVerificationPath = (userId: string, token: string) =>
  `/email-verifications/${encodeURIComponent(userId)}?token=${encodeURIComponent(token)}`;
export const emailVerificationTokenPurpose = 'email-verification';
export const signInPath = '/sign-in';

/** One line of an account's audit history: what happened, when, and who did it. Never a secret. */
export interface UserHistoryEntry {
  readonly id: string;
  readonly type: string;
  readonly occurredAt: string;
  /** A user id, or `system:<component>`, or `sign-up:<user id>` for a person signing up. */
  readonly actor: string;
  readonly actorName: string | null;
  /** The facts worth showing (roles, organization, name, language, reason, dates), as text. */
  readonly details: Readonly<Record<string, string>>;
}

export interface UserHistoryView {
  readonly items: readonly UserHistoryEntry[];
}
