import type { Recorded } from '@lexport/shared-eventstore';
import { commandTo } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import { categoryNameClaimDecider } from '@lexport/requests-domain';
import type { RequestsEvent } from '@lexport/requests-published';
import { categoryNameStreamName } from './category-names';

type Renamed = Recorded<Extract<RequestsEvent, { type: 'CategoryRenamed' }>>;

/** A renamed category gives its previous name back, so that another category may take it. */
export const releasePreviousCategoryName: Workflow<Renamed, null> = {
  name: 'requests_release_previous_category_name',
  version: 1,
  eventTypes: ['CategoryRenamed'],
  instanceOf: (event) => event.data.categoryId,
  initialState: () => null,
  evolve: () => null,
  react: (_state, event) => [
    commandTo(categoryNameClaimDecider, categoryNameStreamName(event.data.previousName), {
      type: 'ReleaseCategoryName',
      data: { categoryId: event.data.categoryId, at: event.metadata.occurredAt },
    }),
  ],
};
