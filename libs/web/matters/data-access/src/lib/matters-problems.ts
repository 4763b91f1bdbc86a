import { mattersProblemCodes } from '@lexport/matters-published';
import { problemMessageKeys } from '@lexport/web-shared-data-access';

/** The message key of a failure on a matters page: its own codes in its scope, the shared ones in the shell. */
export const mattersProblemKey = problemMessageKeys('matters', mattersProblemCodes);
