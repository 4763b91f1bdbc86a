import { identityProblemCodes } from '@lexport/identity-published';
import { problemMessageKeys } from '@lexport/web-shared-data-access';

/** The message key of a failure on an identity page: identity's own codes in its scope, the shared ones in the shell. */
export const identityProblemKey = problemMessageKeys('identity', identityProblemCodes);
