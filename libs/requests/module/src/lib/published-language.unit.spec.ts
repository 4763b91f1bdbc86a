import type { CategoryEvent, PracticeAreaEvent, RequestEvent, RequestTypeEvent } from '@lexport/requests-domain';
import {
  categoryStreamName,
  practiceAreaStreamName,
  requestStreamName,
  requestTypeStreamName,
} from '@lexport/requests-domain';
import type { RequestsEvent } from '@lexport/requests-published';
import { requestsEventTypes, requestsStreams } from '@lexport/requests-published';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** The marker of a creation that crashed half-way concerns no other context. */
type PublishedDomainEvent =
  Exclude<CategoryEvent, { type: 'UnfinishedCategoryAbandoned' }> | PracticeAreaEvent | RequestTypeEvent | RequestEvent;

// Checked by the type-checker (nx typecheck): every published domain event is published with the fields it promises.
const sameTypes: Same<PublishedDomainEvent['type'], RequestsEvent['type']> = true;
const eachFits: {
  [Type in PublishedDomainEvent['type']]: Extract<PublishedDomainEvent, { type: Type }> extends Extract<
    RequestsEvent,
    { type: Type }
  >
    ? true
    : false;
} = {
  CategoryCreated: true,
  CategoryRenamed: true,
  PracticeAreaCreated: true,
  PracticeAreaChanged: true,
  RequestTypeCreated: true,
  RequestTypeDetailsChanged: true,
  FormDraftSaved: true,
  FormPublished: true,
  RequestTypeRetired: true,
  RequestTypeReinstated: true,
  RequestSubmitted: true,
};

describe("the requests context's published language", () => {
  it('publishes every domain event under the same names and streams as the domain', () => {
    expect(sameTypes).toBe(true);
    expect(Object.keys(eachFits).sort()).toEqual([...requestsEventTypes].sort());
    expect(requestsStreams.category('c1')).toBe(categoryStreamName('c1'));
    expect(requestsStreams.practiceArea('p1')).toBe(practiceAreaStreamName('p1'));
    expect(requestsStreams.requestType('t1')).toBe(requestTypeStreamName('t1'));
    expect(requestsStreams.request('r1')).toBe(requestStreamName('r1'));
  });
});
