import type { MatterEvent } from '@lexport/matters-domain';
import { matterStreamName } from '@lexport/matters-domain';
import type { MattersEvent } from '@lexport/matters-published';
import { mattersEventTypes, mattersStreams } from '@lexport/matters-published';

type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked by the type-checker (nx typecheck): every matter event is published with the fields it promises.
const sameTypes: Same<MatterEvent['type'], MattersEvent['type']> = true;
const eachFits: {
  [Type in MatterEvent['type']]: Extract<MatterEvent, { type: Type }> extends Extract<MattersEvent, { type: Type }>
    ? true
    : false;
} = { MatterOpened: true, NoteAdded: true };

describe("the matters context's published language", () => {
  it('publishes every matter event under the same names and streams as the domain', () => {
    expect(sameTypes).toBe(true);
    expect(Object.keys(eachFits).sort()).toEqual([...mattersEventTypes].sort());
    expect(mattersStreams.matter('m1')).toBe(matterStreamName('m1'));
  });
});
