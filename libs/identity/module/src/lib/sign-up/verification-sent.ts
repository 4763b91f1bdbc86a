import type { SignUpAccepted } from '@lexport/identity-published';

/** The one answer to a sign-up or a request for a new confirmation link, whatever the address: it tells nobody which addresses have accounts. */
export const verificationSent: SignUpAccepted = { status: 'verification-sent' };
