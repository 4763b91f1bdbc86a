import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { TokenSigner } from '@lexport/shared-platform';
import { forgotPasswordPath, invitationPath, invitationTokenPurpose, passwordResetMinutes, passwordResetPath, passwordResetTokenPurpose } from '@lexport/identity-contracts';
import type { AccountLockedData, InvitationResentData, PasswordChangedData, PasswordResetRequestedData, UserInvitedData } from '@lexport/identity-contracts';
import type { EmailRule } from '../outbox/email-rules';

const userIdOf = (event: RecordedEvent) => event.streamName.slice('identity-user-'.length);

export function formatDate(iso: string, language: string): string {
  const formatted = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
  return `${formatted} UTC`;
}

/** Emails caused by the identity context's public events. */
export function identityEmailRules(signer: TokenSigner, publicUrl: string): EmailRule[] {
  const invitation = (event: RecordedEvent, data: UserInvitedData | InvitationResentData) => {
    const userId = userIdOf(event);
    const token = signer.sign(invitationTokenPurpose, userId, data.invitationId);
    return { recipientName: data.name, inviterName: data.inviterName, acceptUrl: `${publicUrl}${invitationPath(userId, token)}`, expiresAt: formatDate(data.expiresAt, data.language) };
  };
  const to = (event: RecordedEvent) => {
    const data = event.data as { email: string; language: string };
    return [{ email: data.email, language: data.language }];
  };
  return [
    {
      eventType: 'PasswordResetRequested',
      template: 'password-reset',
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
      recipients: to,
      data: (event) => {
        const data = event.data as PasswordChangedData;
        return { recipientName: data.name, changedAt: formatDate(data.changedAt, data.language), resetUrl: `${publicUrl}${forgotPasswordPath}` };
      },
    },
    {
      eventType: 'AccountLocked',
      template: 'account-locked',
      recipients: to,
      data: (event) => {
        const data = event.data as AccountLockedData;
        return { recipientName: data.name, unlockAt: formatDate(data.lockedUntil, data.language), resetUrl: `${publicUrl}${forgotPasswordPath}` };
      },
    },
    {
      eventType: 'UserInvited',
      template: 'invitation',
      // Demo users are created active; inviting them by email would only confuse whoever reads the mailbox.
      recipients: (event) => ((event.data as UserInvitedData & { invitedBy?: string }).invitedBy === 'system:demo-data' ? [] : to(event)),
      data: (event) => invitation(event, event.data as UserInvitedData),
    },
    {
      eventType: 'InvitationResent',
      template: 'invitation',
      recipients: (event) => [{ email: (event.data as InvitationResentData).email, language: (event.data as InvitationResentData).language }],
      data: (event) => invitation(event, event.data as InvitationResentData),
    },
  ];
}
