import type { Recorded } from '@lexport/shared-eventstore';
import { commandIf, commandTo } from '@lexport/shared-projections';
import type { Workflow } from '@lexport/shared-projections';
import {
  categoryDecider,
  categoryHasLetGoOfName,
  categoryNameClaimDecider,
  categoryNameKey,
  categoryStreamName,
} from '@lexport/requests-domain';
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
  // The category may have taken the name back (or renamed only its case) by the time this runs: release only if not.
  react: (_state, event) => [
    commandIf(
      async (port) =>
        categoryHasLetGoOfName(
          (await port.aggregateStream(categoryDecider, categoryStreamName(event.data.categoryId))).state,
          categoryNameKey(event.data.previousName),
        ),
      commandTo(categoryNameClaimDecider, categoryNameStreamName(event.data.previousName), {
        type: 'ReleaseCategoryName',
        data: { categoryId: event.data.categoryId, at: event.metadata.occurredAt },
      }),
    ),
  ],
};
