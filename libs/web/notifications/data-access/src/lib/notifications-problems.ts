import { notificationsProblemCodes } from '@lexport/notifications-published';
import { problemMessageKeys } from '@lexport/web-shared-data-access';

/** The message key of a failure on a notifications page: its own codes in its scope, the shared ones in the shell. */
export const notificationsProblemKey = problemMessageKeys('notifications', notificationsProblemCodes);
