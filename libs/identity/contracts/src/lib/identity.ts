import { z } from 'zod';

export const userRoles = ['client', 'staff', 'admin', 'operator'] as const;
export type UserRole = (typeof userRoles)[number];
export const userLanguages = ['en', 'fr'] as const;

const email = z.email().max(320).transform((value) => value.toLowerCase());
// Long enough for any passphrase; the policy itself (length, strength) is checked by the server with a clear reason.
const password = z.string().min(1).max(1024);

export const loginRequest = z.object({ email, password }).strict();
export type LoginRequest = z.input<typeof loginRequest>;

export const inviteUserRequest = z
  .object({
    email,
    name: z.string().trim().min(1).max(120),
    roles: z.array(z.enum(userRoles)).min(1).max(userRoles.length),
    organizationId: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/).nullable().default(null),
    language: z.enum(userLanguages).default('en'),
  })
  .strict();
export type InviteUserRequest = z.input<typeof inviteUserRequest>;

export const acceptInvitationRequest = z.object({ userId: z.uuid(), token: z.string().min(20).max(200), password }).strict();
export type AcceptInvitationRequest = z.input<typeof acceptInvitationRequest>;

export const invitationParams = z.object({ userId: z.uuid() }).strict();
export const invitationQuery = z.object({ token: z.string().min(1).max(200) }).strict();
export const userIdParams = z.object({ userId: z.uuid() }).strict();

export const listUsersQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    role: z.enum(userRoles).optional(),
    status: z.enum(['invited', 'invitation-revoked', 'active', 'deactivated']).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    position: z.coerce.number().int().min(0).optional(),
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
}

export interface UserView extends SessionUser {
  readonly status: 'invited' | 'invitation-revoked' | 'active' | 'deactivated';
  readonly invitedAt: string;
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

/** Identity events other contexts react to (notifications sends their emails). */
export interface UserInvitedData {
  readonly userId: string;
  readonly invitationId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly inviterName: string;
  readonly expiresAt: string;
}

export interface InvitationResentData {
  readonly invitationId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly inviterName: string;
  readonly expiresAt: string;
}

/** The path of the page where an invitation is accepted; the token is signed over user and invitation. */
export const invitationPath = (userId: string, token: string) => `/invitations/${encodeURIComponent(userId)}?token=${encodeURIComponent(token)}`;
export const invitationTokenPurpose = 'invitation';

export const requestPasswordResetRequest = z.object({ email }).strict();
export const completePasswordResetRequest = z.object({ userId: z.uuid(), token: z.string().min(20).max(200), password }).strict();
export const changePasswordRequest = z.object({ currentPassword: password, newPassword: password }).strict();
export const passwordResetParams = z.object({ userId: z.uuid() }).strict();

export interface PasswordResetView {
  readonly status: 'valid' | 'expired' | 'used' | 'invalid';
}

export interface PasswordResetRequestedData {
  readonly resetId: string;
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly expiresAt: string;
  readonly requestedAt: string;
}

export interface PasswordChangedData {
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly reason: 'changed' | 'reset';
  readonly changedAt: string;
}

export interface AccountLockedData {
  readonly email: string;
  readonly name: string;
  readonly language: string;
  readonly lockedUntil: string;
}

export const passwordResetPath = (userId: string, token: string) => `/password-resets/${encodeURIComponent(userId)}?token=${encodeURIComponent(token)}`;
export const forgotPasswordPath = '/forgot-password';
export const passwordResetTokenPurpose = 'password-reset';
export const passwordResetMinutes = 60;
