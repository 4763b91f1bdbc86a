import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { TokenSigner } from '@lexport/shared-platform';
import {
  emailVerificationPath,
  emailVerificationTokenPurpose,
  forgotPasswordPath,
  invitationPath,
  invitationTokenPurpose,
  passwordResetMinutes,
  passwordResetPath,
  passwordResetTokenPurpose,
  signInPath,
} from '@lexport/identity-published';
import type {
  AccountLockedData,
  EmailVerifiedData,
  InvitationResentData,
  PasswordChangedData,
  PasswordResetRequestedData,
  SignUpAttemptedData,
  UserInvitedData,
} from '@lexport/identity-published';
import type { EmailRecipient, EmailRule } from '../outbox/email-rules';

const userIdOf = (event: RecordedEvent) => event.streamName.slice('identity-user-'.length);

export function formatDate(iso: string, language: string): string {
  const formatted = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
  return `${formatted} UTC`;
}

/** Emails caused by the identity context's public events. */
export function identityEmailRules(signer: TokenSigner, publicUrl: string, admins: () => Promise<readonly EmailRecipient[]>): EmailRule[] {
  const invitation = (event: RecordedEvent, data: UserInvitedData | InvitationResentData) => {
    const userId = userIdOf(event);
    const token = signer.sign(invitationTokenPurpose, userId, data.invitationId);
    return { recipientName: data.name, inviterName: data.inviterName, acceptUrl: `${publicUrl}${invitationPath(userId, token)}`, expiresAt: formatDate(data.expiresAt, data.language) };
  };
  const to = (event: RecordedEvent) => {
    const data = event.data as { email: string; language: string };
    return [{ email: data.email, language: data.language, userId: userIdOf(event) }];
  };
  const verification = (event: RecordedEvent) => {
    const data = event.data as { name: string; verificationId: string };
    const token = signer.sign(emailVerificationTokenPurpose, userIdOf(event), data.verificationId);
    return { recipientName: data.name, verifyUrl: `${publicUrl}${emailVerificationPath(userIdOf(event), token)}` };
  };
  const recipientName = (event: RecordedEvent) => ({ recipientName: (event.data as { name: string }).name });
  return [
    {
      eventType: 'PasswordResetRequested',
      template: 'password-reset',
      category: 'account',
      recipients: to,
      data: (event) => {
        const data = event.data as PasswordResetRequestedData;
        const token = signer.sign(passwordResetTokenPurpose, userIdOf(event), data.resetId);
        return { recipientName: data.name, resetUrl: `${publicUrl}${passwordResetPath(userIdOf(event), token)}`, expiresInMinutes: passwordResetMinutes };
      },
    },
    {
      eventType: 'PasswordChanged',
      template: 'password-changed',
      category: 'account',
      recipients: to,
      data: (event) => {
        const data = event.data as PasswordChangedData;
        return { recipientName: data.name, changedAt: formatDate(data.changedAt, data.language), resetUrl: `${publicUrl}${forgotPasswordPath}` };
      },
    },
    {
      eventType: 'AccountLocked',
      template: 'account-locked',
      category: 'account',
      recipients: to,
      data: (event) => {
        const data = event.data as AccountLockedData;
        return { recipientName: data.name, unlockAt: formatDate(data.lockedUntil, data.language), resetUrl: `${publicUrl}${forgotPasswordPath}` };
      },
    },
    {
      eventType: 'UserInvited',
      template: 'invitation',
      category: 'account',
      // Demo users are created active; inviting them by email would only confuse whoever reads the mailbox.
      recipients: (event) => ((event.data as UserInvitedData & { invitedBy?: string }).invitedBy === 'system:demo-data' ? [] : to(event)),
      data: (event) => invitation(event, event.data as UserInvitedData),
    },
    {
      eventType: 'InvitationResent',
      template: 'invitation',
      category: 'account',
      recipients: to,
      data: (event) => invitation(event, event.data as InvitationResentData),
    },
    { eventType: 'UserSignedUp', template: 'email-verification', category: 'account', recipients: to, data: (event) => verification(event) },
    { eventType: 'VerificationEmailResent', template: 'email-verification', category: 'account', recipients: to, data: (event) => verification(event) },
    {
      eventType: 'SignUpAttempted',
      template: 'account-exists',
      category: 'account',
      recipients: to,
      data: (event) => ({ recipientName: (event.data as SignUpAttemptedData).name, signInUrl: `${publicUrl}${signInPath}`, resetUrl: `${publicUrl}${forgotPasswordPath}` }),
    },
    {
      eventType: 'SignUpApproved',
      template: 'sign-up-approved',
      category: 'account',
      recipients: to,
      data: (event) => ({ ...recipientName(event), signInUrl: `${publicUrl}${signInPath}` }),
    },
    {
      eventType: 'EmailVerified',
      template: 'sign-up-awaiting-approval',
      category: 'administration',
      recipients: async (event) => ((event.data as EmailVerifiedData).approvalRequired ? admins() : []),
      data: (event, recipient) => {
        const data = event.data as EmailVerifiedData;
        return {
          recipientName: recipient.name ?? recipient.email,
          applicantName: data.name,
          applicantEmail: data.email,
          organizationName: data.organizationName,
          reviewUrl: `${publicUrl}/admin/users?status=awaiting-approval`,
        };
      },
    },
  ];
}
