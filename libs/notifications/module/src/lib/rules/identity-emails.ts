import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { TokenSigner } from '@lexport/shared-platform';
import { invitationPath, invitationTokenPurpose } from '@lexport/identity-contracts';
import type { InvitationResentData, UserInvitedData } from '@lexport/identity-contracts';
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
  return [
    {
      eventType: 'UserInvited',
      template: 'invitation',
      recipients: (event) => [{ email: (event.data as UserInvitedData).email, language: (event.data as UserInvitedData).language }],
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
