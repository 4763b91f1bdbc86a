import type { Recorded } from '@lexport/shared-eventstore';
import { commandTo } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import { matterDecider, matterStreamName } from '@lexport/matters-domain';
import type { RequestSubmittedEvent } from '@lexport/requests-published';

/**
 * A submitted request opens its matter or case. The submission is one event in the requests context; this step runs
 * from a checkpointed lane, so a crash between the two resumes here and never opens a matter twice (the command's
 * key is the event's, and opening an open matter changes nothing).
 */
export const openMatterForSubmission: Workflow<Recorded<RequestSubmittedEvent>, null> = {
  name: 'matters_open_for_submission',
  version: 1,
  eventTypes: ['RequestSubmitted'],
  instanceOf: (event) => (event.data.kind === 'matter' || event.data.kind === 'case' ? event.data.requestId : null),
  initialState: () => null,
  evolve: () => null,
  react: (_state, { data }) => [
    commandTo(matterDecider, matterStreamName(data.requestId), {
      type: 'OpenMatter',
      data: {
        matterId: data.requestId,
        kind: data.kind === 'case' ? 'case' : 'matter',
        reference: data.reference,
        requestTypeId: data.requestTypeId,
        subject: data.subject,
        requesterId: data.requester.userId,
        organizationId: data.requester.organizationId,
        practiceAreaId: data.practiceAreaId,
        assigneeId: data.assigneeId,
        legalTeam: data.legalTeam,
        requestedAt: data.submittedAt,
        at: data.submittedAt,
      },
    }),
  ],
};
