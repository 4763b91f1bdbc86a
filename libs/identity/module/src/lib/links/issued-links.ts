import {
  emailVerificationTokenPurpose,
  invitationTokenPurpose,
  passwordResetTokenPurpose,
} from '@lexport/identity-published';
import type { UserEvent } from '@lexport/identity-domain';
import type { TokenSigner } from '@lexport/shared-platform';
import type { UserAccounts } from '../users/user-accounts';

/** Each kind of emailed link: what its token is signed for, and the events that sent one (with the id it signs). */
const links = {
  invitation: {
    purpose: invitationTokenPurpose,
    idSentBy: (event: UserEvent) =>
      event.type === 'UserInvited' || event.type === 'InvitationResent' ? event.data.invitationId : undefined,
  },
  'password-reset': {
    purpose: passwordResetTokenPurpose,
    idSentBy: (event: UserEvent) => (event.type === 'PasswordResetRequested' ? event.data.resetId : undefined),
  },
  'email-verification': {
    purpose: emailVerificationTokenPurpose,
    idSentBy: (event: UserEvent) =>
      event.type === 'UserSignedUp' || event.type === 'VerificationEmailResent' ? event.data.verificationId : undefined,
  },
} as const;

/**
 * Whether this token belongs to a link the portal once emailed for this account: the current one or one it replaced
 * or that was used. Only such a link may learn what became of it (used, revoked); any other token is just invalid,
 * whatever the account is, so that a user id alone tells nothing about its account.
 */
export async function linkWasIssued(
  accounts: UserAccounts,
  signer: TokenSigner,
  kind: keyof typeof links,
  userId: string,
  token: string,
): Promise<boolean> {
  const link = links[kind];
  const history = (await accounts.history(userId)) as unknown as UserEvent[];
  return history.some((event) => {
    const id = link.idSentBy(event);
    return id !== undefined && signer.verify(token, link.purpose, userId, id);
  });
}
