import { given } from '@lexport/shared-ddd';
import { categoryDecider, categoryNameClaimDecider, categoryNameKey } from './category';
import type { CategoryEvent } from './category';

const at = '2026-11-27T10:00:00.000Z';
const later = '2026-11-27T11:00:00.000Z';
const spec = given(categoryDecider);

const employmentCreated: CategoryEvent = {
  type: 'CategoryCreated',
  data: { categoryId: 'c1', name: 'Employment', description: 'Hiring, dismissal, disputes', createdAt: at },
};

describe('request categories', () => {
  describe('creating a category', () => {
    it('creates a category with a tidied name and description', () => {
      spec([])
        .when({
          type: 'CreateCategory',
          data: { categoryId: 'c1', name: '  Employment ', description: ' Hiring, dismissal, disputes ', at },
        })
        .then([employmentCreated]);
    });

    it('refuses an id that is already used', () => {
      spec([employmentCreated])
        .when({ type: 'CreateCategory', data: { categoryId: 'c1', name: 'Other', description: '', at } })
        .thenThrows('category-already-exists');
    });
  });

  describe('renaming a category', () => {
    it('renames it and remembers the previous name', () => {
      spec([employmentCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'Employment law', at: later } })
        .then([
          {
            type: 'CategoryRenamed',
            data: { categoryId: 'c1', name: 'Employment law', previousName: 'Employment', renamedAt: later },
          },
        ]);
    });

    it('does nothing when the name is unchanged', () => {
      spec([employmentCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: ' Employment ', at: later } })
        .thenNothingHappened();
    });

    it('lets a category change only the case of its own name', () => {
      spec([employmentCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'EMPLOYMENT', at: later } })
        .then([
          {
            type: 'CategoryRenamed',
            data: { categoryId: 'c1', name: 'EMPLOYMENT', previousName: 'Employment', renamedAt: later },
          },
        ]);
    });

    it('refuses to rename a category that does not exist', () => {
      spec([])
        .when({ type: 'RenameCategory', data: { categoryId: 'nope', name: 'Anything', at: later } })
        .thenThrows('category-not-found');
    });
  });

  describe('unique names', () => {
    it('treats names as the same whatever their case or spacing, and accented names as different', () => {
      expect(categoryNameKey('employment')).toBe(categoryNameKey('  EMPLOYMENT  '));
      expect(categoryNameKey('Employment  law')).toBe(categoryNameKey('employment law'));
      expect(categoryNameKey('Santé')).not.toBe(categoryNameKey('Sante'));
    });

    it('gives a name to one category only', () => {
      const claims = given(categoryNameClaimDecider);
      const claimed = { type: 'CategoryNameClaimed' as const, data: { categoryId: 'c1', claimedAt: at } };
      claims([])
        .when({ type: 'ClaimCategoryName', data: { categoryId: 'c1', at } })
        .then([claimed]);
      claims([claimed])
        .when({ type: 'ClaimCategoryName', data: { categoryId: 'c1', at } })
        .thenNothingHappened();
      claims([claimed])
        .when({ type: 'ClaimCategoryName', data: { categoryId: 'c2', at } })
        .thenThrows('category-name-taken');
      claims([claimed])
        .when({ type: 'ReleaseCategoryName', data: { categoryId: 'c2', at } })
        .thenNothingHappened();
      claims([claimed, { type: 'CategoryNameReleased', data: { categoryId: 'c1', releasedAt: later } }])
        .when({ type: 'ClaimCategoryName', data: { categoryId: 'c2', at: later } })
        .then([{ type: 'CategoryNameClaimed', data: { categoryId: 'c2', claimedAt: later } }]);
    });
  });
});
