import { inAppRuleOn } from '@lexport/notifications-published';
import type { InAppContribution } from '@lexport/notifications-published';
import { requestPath, requestsNotificationKinds } from '@lexport/requests-published';
import type { RequestsEvent, RequestsNotificationKind } from '@lexport/requests-published';

const rule = inAppRuleOn<RequestsEvent>();
const kind = (value: RequestsNotificationKind) => value;

/** The in-app notifications the requests context's events cause; the web client words each kind. */
export const requestsInAppNotices: InAppContribution = {
  version: 1,
  kinds: requestsNotificationKinds,
  rules: [
    rule('RequestSubmitted', ({ data }) => {
      const params = { reference: data.reference, subject: data.subject, requesterName: data.requester.name };
      const link = requestPath(data.requestId);
      // Nobody left on the request's team: the admins hear of it rather than nobody.
      if (data.legalTeam.length === 0)
        return [{ to: { role: 'admins' }, kind: kind('request-submitted'), params, link }];
      return data.legalTeam.map((userId) => ({
        to: userId,
        kind: kind(data.assigneeId === userId ? 'request-assigned-to-you' : 'request-submitted'),
        params,
        link,
      }));
    }),
  ],
};
