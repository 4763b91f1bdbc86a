import type { Recorded } from '@lexport/shared-eventstore';
import { defineProjection } from '@lexport/shared-projections';
import type { ReadModelDocument } from '@lexport/shared-readstore';
import type { LocalizedText, RequestsEvent } from '@lexport/requests-published';

export interface PracticeAreaDocument extends ReadModelDocument {
  readonly name: LocalizedText;
  readonly memberIds: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const practiceAreasProjection = defineProjection<Recorded<RequestsEvent>>({
  name: 'request_practice_areas',
  version: 1,
  collections: { practice_areas: { indexes: ['createdAt'] } },
  eventTypes: ['PracticeAreaCreated', 'PracticeAreaChanged'],
  async apply(event, writer) {
    switch (event.type) {
      case 'PracticeAreaCreated':
        await writer.upsert('practice_areas', {
          id: event.data.practiceAreaId,
          name: event.data.name,
          memberIds: event.data.memberIds,
          createdAt: event.data.createdAt,
          updatedAt: event.data.createdAt,
        } satisfies PracticeAreaDocument);
        return;
      case 'PracticeAreaChanged':
        await writer.patch('practice_areas', event.data.practiceAreaId, {
          name: event.data.name,
          memberIds: event.data.memberIds,
          updatedAt: event.data.changedAt,
        });
        return;
    }
  },
});
