import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import type { LocalizedText, PracticeAreaEvent as PublishedPracticeAreaEvent } from '@lexport/requests-published';

/**
 * A practice area of the legal team (Corporate, Litigation…) and its team: the staff told of a new request when its
 * type names no assignee.
 */
export type PracticeAreaCommand =
  | {
      readonly type: 'CreatePracticeArea';
      readonly data: {
        readonly practiceAreaId: string;
        readonly name: LocalizedText;
        readonly memberIds: readonly string[];
        readonly at: string;
      };
    }
  | {
      readonly type: 'ChangePracticeArea';
      readonly data: {
        readonly practiceAreaId: string;
        readonly name: LocalizedText;
        readonly memberIds: readonly string[];
        readonly at: string;
      };
    };

/** Published as they are: the matters context names practice areas from them. */
export type PracticeAreaEvent = PublishedPracticeAreaEvent;

export type PracticeAreaState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active';
      readonly practiceAreaId: string;
      readonly name: LocalizedText;
      readonly memberIds: readonly string[];
    };

export const practiceAreaStreamName = (practiceAreaId: string) => `request-practice-area-${practiceAreaId}`;

export function practiceAreaMustExist(
  state: PracticeAreaState,
  practiceAreaId: string,
): Extract<PracticeAreaState, { status: 'active' }> {
  if (state.status === 'none')
    throw new DomainError('practice-area-not-found', 'not-found', `There is no practice area ${practiceAreaId}`, {
      field: 'practiceAreaId',
      practiceAreaId,
    });
  return state;
}

const distinct = (ids: readonly string[]) => [...new Set(ids)];

export const practiceAreaDecider: Decider<PracticeAreaCommand, PracticeAreaEvent, PracticeAreaState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'CreatePracticeArea': {
        const { practiceAreaId, name, memberIds, at } = command.data;
        if (state.status !== 'none')
          throw new DomainError('practice-area-already-exists', 'conflict', 'This practice area already exists', {
            practiceAreaId,
          });
        return [
          {
            type: 'PracticeAreaCreated',
            data: { practiceAreaId, name, memberIds: distinct(memberIds), createdAt: at },
          },
        ];
      }
      case 'ChangePracticeArea': {
        const { practiceAreaId, name, at } = command.data;
        const area = practiceAreaMustExist(state, practiceAreaId);
        const memberIds = distinct(command.data.memberIds);
        if (JSON.stringify({ name, memberIds }) === JSON.stringify({ name: area.name, memberIds: area.memberIds }))
          return [];
        return [{ type: 'PracticeAreaChanged', data: { practiceAreaId, name, memberIds, changedAt: at } }];
      }
      default:
        return assertNever(command, 'practice area command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'PracticeAreaCreated':
      case 'PracticeAreaChanged':
        return {
          status: 'active',
          practiceAreaId: event.data.practiceAreaId,
          name: event.data.name,
          memberIds: event.data.memberIds,
        };
      default:
        return assertNever(event, 'practice area event');
    }
  },
};
