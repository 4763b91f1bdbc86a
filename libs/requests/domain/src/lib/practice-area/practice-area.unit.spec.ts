import { given } from '@lexport/shared-ddd';
import { practiceAreaDecider } from './practice-area';

const practiceAreaId = 'area-1';
const at = '2026-12-01T09:00:00.000Z';
const name = { en: 'Litigation', fr: 'Contentieux' };
const spec = given(practiceAreaDecider);
const created = {
  type: 'PracticeAreaCreated',
  data: { practiceAreaId, name, memberIds: ['u1'], createdAt: at },
} as const;

describe('a practice area', () => {
  it('is created with its team, each member once', () =>
    spec([])
      .when({ type: 'CreatePracticeArea', data: { practiceAreaId, name, memberIds: ['u1', 'u1'], at } })
      .then([created]));

  it('changes its team', () =>
    spec([created])
      .when({ type: 'ChangePracticeArea', data: { practiceAreaId, name, memberIds: ['u1', 'u2'], at } })
      .then([{ type: 'PracticeAreaChanged', data: { practiceAreaId, name, memberIds: ['u1', 'u2'], changedAt: at } }]));

  it('does nothing when nothing changed', () =>
    spec([created])
      .when({ type: 'ChangePracticeArea', data: { practiceAreaId, name, memberIds: ['u1'], at } })
      .thenNothingHappened());

  it('refuses to change an area that does not exist', () =>
    spec([])
      .when({ type: 'ChangePracticeArea', data: { practiceAreaId, name, memberIds: [], at } })
      .thenThrows('practice-area-not-found'));
});
