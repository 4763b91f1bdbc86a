import { requestsProblemCodes } from '@lexport/requests-published';
import { problemMessageKeys } from '@lexport/web-shared-data-access';

/** The message key of a failure on a requests page: its own codes in its scope, the shared ones in the shell. */
export const requestsProblemKey = problemMessageKeys('requests', requestsProblemCodes);
