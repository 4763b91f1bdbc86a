import type { CatalogueEvent } from '@lexport/requests-domain';
import { catalogueStreamName } from '@lexport/requests-domain';
import type { RequestsEvent } from '@lexport/requests-published';
import { requestsEventTypes, requestsStreams } from '@lexport/requests-published';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked by the type-checker (nx typecheck): every catalogue event is published with the fields it promises.
const sameTypes: Same<CatalogueEvent['type'], RequestsEvent['type']> = true;
const eachFits: { [Type in CatalogueEvent['type']]: Extract<CatalogueEvent, { type: Type }> extends Extract<RequestsEvent, { type: Type }> ? true : false } = {
  CategoryCreated: true,
  CategoryRenamed: true,
};

describe("the requests context's published language", () => {
  it('publishes every catalogue event under the same names and streams as the domain', () => {
    expect(sameTypes).toBe(true);
    expect(Object.keys(eachFits).sort()).toEqual([...requestsEventTypes].sort());
    expect(requestsStreams.catalogue('default')).toBe(catalogueStreamName('default'));
  });
});
