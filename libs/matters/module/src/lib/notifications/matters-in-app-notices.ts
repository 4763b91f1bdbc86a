import { inAppRuleOn } from '@lexport/notifications-published';
import type { InAppContribution } from '@lexport/notifications-published';
import { mattersNotificationKinds, notePath } from '@lexport/matters-published';
import type { MattersEvent, MattersNotificationKind } from '@lexport/matters-published';

const rule = inAppRuleOn<MattersEvent>();
const kind = (value: MattersNotificationKind) => value;

/** The in-app notifications the matters context's events cause; the web client words each kind. */
export const mattersInAppNotices: InAppContribution = {
  version: 1,
  kinds: mattersNotificationKinds,
  rules: [
    rule('NoteAdded', ({ data }) =>
      data.notify.map((userId) => ({
        to: userId,
        kind: kind('note-added'),
        params: { reference: data.reference, authorName: data.authorName },
        link: notePath(data.matterId, data.noteId),
      })),
    ),
  ],
};
