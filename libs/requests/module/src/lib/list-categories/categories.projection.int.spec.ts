import { projectionSpec } from '@lexport/shared-projections';
import { categoriesProjection } from './categories.projection';

const catalogue = 'request-catalogue-default';

describe('the request categories projection', () => {
  it('lists categories with an accent-free sort name, and a rename moves its update date', () =>
    projectionSpec(categoriesProjection)
      .given([
        {
          streamName: catalogue,
          type: 'CategoryCreated',
          data: {
            categoryId: 'c1',
            name: 'Émploi',
            description: 'Contrats de travail',
            createdAt: '2026-11-01T09:00:00.000Z',
          },
        },
        {
          streamName: catalogue,
          type: 'CategoryCreated',
          data: {
            categoryId: 'c2',
            name: 'Litigation',
            description: 'Disputes',
            createdAt: '2026-11-02T09:00:00.000Z',
          },
        },
        {
          streamName: catalogue,
          type: 'CategoryRenamed',
          data: { categoryId: 'c2', name: 'Litiges', renamedAt: '2026-11-03T09:00:00.000Z' },
        },
      ])
      .then({
        categories: [
          {
            id: 'c1',
            name: 'Émploi',
            sortName: 'emploi',
            description: 'Contrats de travail',
            createdAt: '2026-11-01T09:00:00.000Z',
            updatedAt: '2026-11-01T09:00:00.000Z',
          },
          {
            id: 'c2',
            name: 'Litiges',
            sortName: 'litiges',
            description: 'Disputes',
            createdAt: '2026-11-02T09:00:00.000Z',
            updatedAt: '2026-11-03T09:00:00.000Z',
          },
        ],
      }));
});
