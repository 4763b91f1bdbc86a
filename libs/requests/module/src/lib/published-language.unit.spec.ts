import type { CategoryEvent } from '@lexport/requests-domain';
import { categoryStreamName } from '@lexport/requests-domain';
import type { RequestsEvent } from '@lexport/requests-published';
import { requestsEventTypes, requestsStreams } from '@lexport/requests-published';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The marker of a creation that crashed half-way concerns no other context. */
type PublishedCategoryEvent = Exclude<CategoryEvent, { type: 'UnfinishedCategoryAbandoned' }>;

// Checked by the type-checker (nx typecheck): every category event is published with the fields it promises.
const sameTypes: Same<PublishedCategoryEvent['type'], RequestsEvent['type']> = true;
const eachFits: {
  [Type in PublishedCategoryEvent['type']]: Extract<PublishedCategoryEvent, { type: Type }> extends Extract<
    RequestsEvent,
    { type: Type }
  >
    ? true
    : false;
} = {
  CategoryCreated: true,
  CategoryRenamed: true,
};

describe("the requests context's published language", () => {
  it('publishes every category event under the same names and streams as the domain', () => {
    expect(sameTypes).toBe(true);
    expect(Object.keys(eachFits).sort()).toEqual([...requestsEventTypes].sort());
    expect(requestsStreams.category('c1')).toBe(categoryStreamName('c1'));
  });
});
