import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';
import type { MatterFile, MatterKind, MattersEvent, MatterStatus, NoteAuthorSide } from '@lexport/matters-published';

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
  /** Who the legal team is for this matter: told of what the client writes. */
  readonly legalTeam: readonly string[];
  readonly requestedAt: string;
  readonly at: string;
}

export interface AddNoteData {
  readonly matterId: string;
  readonly noteId: string;
  readonly body: string;
  /** Legal team only: never shown to the client, in any page, list, email or export. */
  readonly internal: boolean;
  /** Files the author uploaded for this note. */
  readonly attachments: readonly MatterFile[];
  readonly author: { readonly userId: string; readonly name: string; readonly side: NoteAuthorSide };
  readonly at: string;
}

export type MatterCommand =
  | { readonly type: 'OpenMatter'; readonly data: OpenMatterData }
  | { readonly type: 'AddNote'; readonly data: AddNoteData };

/** Published as they are: notifications and the matters projection read them. */
export type MatterEvent = MattersEvent;

export type MatterState =
  | { readonly status: 'none' }
  | {
      readonly status: MatterStatus;
      readonly matterId: string;
      readonly reference: string;
      readonly requesterId: string;
      readonly legalTeam: readonly string[];
    };

type Opened = Exclude<MatterState, { status: 'none' }>;

export const matterStreamName = (matterId: string) => `matter-${matterId}`;

export function matterMustExist(state: MatterState, matterId: string): Opened {
  if (state.status === 'none')
    throw new DomainError('matter-not-found', 'not-found', 'There is no such matter or case', { matterId });
  return state;
}

/** Internal notes are the legal team's working notes; a client writing one would see it vanish from their view. */
export function clientsMayNotWriteInternalNotes(data: AddNoteData): void {
  if (data.internal && data.author.side === 'client')
    throw new DomainError('internal-note-by-client', 'forbidden', 'Only the legal team writes internal notes', {
      field: 'internal',
    });
}

export function noteMustSaySomething(data: AddNoteData): void {
  if (data.body.trim() === '' && data.attachments.length === 0)
    throw new DomainError('empty-note', 'invalid', 'Write something or attach a file', { field: 'body' });
}

/** Opening twice changes nothing: the workflow that opens matters may see its request again after a crash. */
export function openMatter(command: Extract<MatterCommand, { type: 'OpenMatter' }>, state: MatterState): MatterEvent[] {
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

export function addNote(command: Extract<MatterCommand, { type: 'AddNote' }>, state: MatterState): MatterEvent[] {
  const { at, author, ...data } = command.data;
  const matter = matterMustExist(state, data.matterId);
  clientsMayNotWriteInternalNotes(command.data);
  noteMustSaySomething(command.data);
  const otherSide = author.side === 'client' ? matter.legalTeam : data.internal ? [] : [matter.requesterId];
  return [
    {
      type: 'NoteAdded',
      data: {
        ...data,
        body: data.body.trim(),
        reference: matter.reference,
        authorId: author.userId,
        authorName: author.name,
        side: author.side,
        notify: otherSide.filter((userId) => userId !== author.userId),
        addedAt: at,
      },
    },
  ];
}

export const matterDecider: Decider<MatterCommand, MatterEvent, MatterState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'OpenMatter':
        return openMatter(command, state);
      case 'AddNote':
        return addNote(command, state);
      default:
        return assertNever(command, 'matter command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'MatterOpened':
        return {
          status: event.data.status,
          matterId: event.data.matterId,
          reference: event.data.reference,
          requesterId: event.data.requesterId,
          legalTeam: event.data.legalTeam,
        };
      case 'NoteAdded':
        // Note ids derive from the command that adds them (a retry is recognised by the executor), so the state
        // need not remember them: it stays the same size however long the conversation grows.
        return state;
      default:
        return assertNever(event, 'matter event');
    }
  },
};
