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
import type { IdentityUserEvent } from '@lexport/identity-published';
import { emailRuleOn } from '@lexport/notifications-published';
import type { EmailContribution, EmailRecipient } from '@lexport/notifications-published';
import { identityEmailTemplates } from './identity-email-templates';

export function formatDate(iso: string, language: string): string {
  const formatted = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso));
  return `${formatted} UTC`;
}

type Addressed = { readonly data: { readonly userId: string; readonly email: string; readonly language: string } };

/** The emails identity's events cause (invitations, confirmations, password and lock-out notices, sign-up approvals), with their texts. */
export function identityEmails(signer: TokenSigner, publicUrl: string): EmailContribution {
  return { rules: identityEmailRules(signer, publicUrl), templates: identityEmailTemplates };
}

function identityEmailRules(signer: TokenSigner, publicUrl: string) {
  const rule = emailRuleOn<IdentityUserEvent>();
  const to = ({ data }: Addressed): EmailRecipient[] => [
    { email: data.email, language: data.language, userId: data.userId },
  ];
  const invitation = (data: {
    userId: string;
    invitationId: string;
    name: string;
    inviterName: string;
    expiresAt: string;
    language: string;
  }) => {
    const token = signer.sign(invitationTokenPurpose, data.userId, data.invitationId);
    return {
      recipientName: data.name,
      inviterName: data.inviterName,
      acceptUrl: `${publicUrl}${invitationPath(data.userId, token)}`,
      expiresAt: formatDate(data.expiresAt, data.language),
    };
  };
  const verification = (data: { userId: string; name: string; verificationId: string }) => {
    const token = signer.sign(emailVerificationTokenPurpose, data.userId, data.verificationId);
    return { recipientName: data.name, verifyUrl: `${publicUrl}${emailVerificationPath(data.userId, token)}` };
  };
  return [
    rule('PasswordResetRequested', {
      template: 'password-reset',
      category: 'account',
      recipients: to,
      data: ({ data }) => {
        const token = signer.sign(passwordResetTokenPurpose, data.userId, data.resetId);
        return {
          recipientName: data.name,
          resetUrl: `${publicUrl}${passwordResetPath(data.userId, token)}`,
          expiresInMinutes: passwordResetMinutes,
        };
      },
    }),
    rule('PasswordChanged', {
      template: 'password-changed',
      category: 'account',
      recipients: to,
      data: ({ data }) => ({
        recipientName: data.name,
        changedAt: formatDate(data.changedAt, data.language),
        resetUrl: `${publicUrl}${forgotPasswordPath}`,
      }),
    }),
    rule('AccountLocked', {
      template: 'account-locked',
      category: 'account',
      recipients: to,
      data: ({ data }) => ({
        recipientName: data.name,
        unlockAt: formatDate(data.lockedUntil, data.language),
        resetUrl: `${publicUrl}${forgotPasswordPath}`,
      }),
    }),
    rule('UserInvited', {
      template: 'invitation',
      category: 'account',
      // Demo users are created active; inviting them by email would only confuse whoever reads the mailbox.
      recipients: (event) => (event.data.invitedBy === 'system:demo-data' ? [] : to(event)),
      data: ({ data }) => invitation(data),
    }),
    rule('InvitationResent', {
      template: 'invitation',
      category: 'account',
      recipients: to,
      data: ({ data }) => invitation(data),
    }),
    rule('UserSignedUp', {
      template: 'email-verification',
      category: 'account',
      recipients: to,
      data: ({ data }) => verification(data),
    }),
    rule('VerificationEmailResent', {
      template: 'email-verification',
      category: 'account',
      recipients: to,
      data: ({ data }) => verification(data),
    }),
    rule('SignUpAttempted', {
      template: 'account-exists',
      category: 'account',
      recipients: to,
      data: ({ data }) => ({
        recipientName: data.name,
        signInUrl: `${publicUrl}${signInPath}`,
        resetUrl: `${publicUrl}${forgotPasswordPath}`,
      }),
    }),
    rule('SignUpApproved', {
      template: 'sign-up-approved',
      category: 'account',
      recipients: to,
      data: ({ data }) => ({ recipientName: data.name, signInUrl: `${publicUrl}${signInPath}` }),
    }),
    rule('EmailVerified', {
      template: 'sign-up-awaiting-approval',
      category: 'administration',
      recipients: async ({ data }, people) => (data.approvalRequired ? people.admins() : []),
      data: ({ data }, recipient) => ({
        recipientName: recipient.name ?? recipient.email,
        applicantName: data.name,
        applicantEmail: data.email,
        organizationName: data.organizationName,
        reviewUrl: `${publicUrl}/admin/users?status=awaiting-approval`,
      }),
    }),
  ];
}
