import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import type { MatterKind, MatterStatus } from '@lexport/matters-published';

/**
 * A corporate matter or a litigation case the legal team works on for a client: opened from a submitted request
 * (same id, same reference), followed by both sides from then on.
 */
export interface OpenMatterData {
  readonly matterId: string;
  readonly kind: MatterKind;
  readonly reference: string;
  readonly requestTypeId: string;
  readonly subject: string;
  readonly requesterId: string;
  readonly organizationId: string | null;
  readonly practiceAreaId: string;
  readonly assigneeId: string | null;
  readonly requestedAt: string;
  readonly at: string;
}

export type MatterCommand = { readonly type: 'OpenMatter'; readonly data: OpenMatterData };

export type MatterEvent = {
  readonly type: 'MatterOpened';
  readonly data: Omit<OpenMatterData, 'at'> & { readonly status: MatterStatus; readonly openedAt: string };
};

export type MatterState =
  | { readonly status: 'none' }
  | { readonly status: MatterStatus; readonly matterId: string; readonly reference: string };

export const matterStreamName = (matterId: string) => `matter-${matterId}`;

/** Opening twice changes nothing: the workflow that opens matters may see its request again after a crash. */
export function openMatter(command: MatterCommand, state: MatterState): MatterEvent[] {
  const { at, ...data } = command.data;
  if (state.status !== 'none') {
    if (state.reference !== data.reference)
      throw new DomainError('matter-already-exists', 'conflict', `Matter ${data.matterId} already exists`, {
        matterId: data.matterId,
      });
    return [];
  }
  return [{ type: 'MatterOpened', data: { ...data, status: 'open', openedAt: at } }];
}

export const matterDecider: Decider<MatterCommand, MatterEvent, MatterState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenMatter':
        return openMatter(command, state);
      default:
        return assertNever(command.type, 'matter command');
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'MatterOpened':
        return { status: event.data.status, matterId: event.data.matterId, reference: event.data.reference };
      default:
        return assertNever(event.type, 'matter event');
    }
  },
};
