import type { Upcaster } from '@lexport/shared-eventstore';
import { organizationIdOfStream, userEventsGivenTheirId, userIdOfStream } from '@lexport/identity-domain';

/**
 * Identity's events now carry their aggregate's id, so that other contexts never parse identity's stream names.
 * Events stored before (schema version 1) get it from their stream as they are read; stored events are never rewritten.
 */
export const identityUpcasters: readonly Upcaster[] = [
  ...userEventsGivenTheirId.map((type): Upcaster => ({
    type,
    fromVersion: 1,
    upcast: (data, event) => ({ userId: userIdOfStream(event.streamName), ...data }),
  })),
  {
    type: 'OrganizationUpdated',
    fromVersion: 1,
    upcast: (data, event) => ({ organizationId: organizationIdOfStream(event.streamName), ...data }),
  },
];
