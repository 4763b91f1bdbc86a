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
});
