import { given } from '@lexport/shared-ddd';
import { matterDecider } from './matter';
import type { OpenMatterData } from './matter';

const at = '2026-12-01T09:00:00.000Z';
const opening: OpenMatterData = {
  matterId: 'request-1',
  kind: 'case',
  reference: 'C-2026-00007',
  requestTypeId: 'type-1',
  subject: 'Unpaid invoices',
  requesterId: 'client-1',
  organizationId: 'acme',
  practiceAreaId: 'area-1',
  assigneeId: null,
  legalTeam: ['staff-1', 'staff-2'],
  requestedAt: at,
  at,
};
const { at: _at, ...opened } = opening;
const spec = given(matterDecider);

describe('a matter', () => {
  it('opens from its request, with the same reference', () =>
    spec([])
      .when({ type: 'OpenMatter', data: opening })
      .then([{ type: 'MatterOpened', data: { ...opened, status: 'open', openedAt: at } }]));

  it('opens once: the workflow may send the command again after a crash', () =>
    spec([{ type: 'MatterOpened', data: { ...opened, status: 'open', openedAt: at } }])
      .when({ type: 'OpenMatter', data: opening })
      .thenNothingHappened());

  it('refuses another request under the same id', () =>
    spec([{ type: 'MatterOpened', data: { ...opened, status: 'open', openedAt: at } }])
      .when({ type: 'OpenMatter', data: { ...opening, reference: 'C-2026-00008' } })
      .thenThrows('matter-already-exists'));

  describe('notes', () => {
    const opened_ = { type: 'MatterOpened', data: { ...opened, status: 'open', openedAt: at } } as const;
    const note = (side: 'client' | 'legal', internal = false, body = 'Any news on the hearing?') => ({
      type: 'AddNote' as const,
      data: {
        matterId: 'request-1',
        noteId: 'note-1',
        body,
        internal,
        attachments: [],
        author:
          side === 'client' ? { userId: 'client-1', name: 'Claire', side } : { userId: 'staff-1', name: 'Paul', side },
        at,
      },
    });
    const added = (side: 'client' | 'legal', internal: boolean, notify: string[]) => ({
      type: 'NoteAdded' as const,
      data: {
        matterId: 'request-1',
        noteId: 'note-1',
        body: 'Any news on the hearing?',
        internal,
        attachments: [],
        reference: 'C-2026-00007',
        authorId: side === 'client' ? 'client-1' : 'staff-1',
        authorName: side === 'client' ? 'Claire' : 'Paul',
        side,
        notify,
        addedAt: at,
      },
    });

    it("tells the legal team of a client's note", () =>
      spec([opened_])
        .when(note('client'))
        .then([added('client', false, ['staff-1', 'staff-2'])]));

    it("tells the requester of the legal team's note, and nobody else of the team who wrote it", () =>
      spec([opened_])
        .when(note('legal'))
        .then([added('legal', false, ['client-1'])]));

    it('tells no client of an internal note', () =>
      spec([opened_])
        .when(note('legal', true))
        .then([added('legal', true, [])]));

    it('refuses an internal note from a client', () =>
      spec([opened_]).when(note('client', true)).thenThrows('internal-note-by-client'));

    it('refuses a note with neither text nor files', () =>
      spec([opened_])
        .when(note('client', false, '   '))
        .thenThrows('empty-note'));

    it('refuses a note on a matter that is not open yet', () =>
      spec([]).when(note('client')).thenThrows('matter-not-found'));
  });
});
