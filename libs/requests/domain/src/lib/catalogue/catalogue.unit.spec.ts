import { given } from '@lexport/shared-ddd';
import { catalogueDecider } from './catalogue';
import type { CatalogueEvent } from './catalogue';

const at = '2026-11-27T10:00:00.000Z';
const later = '2026-11-27T11:00:00.000Z';
const spec = given(catalogueDecider);

const employmentCreated: CatalogueEvent = {
  type: 'CategoryCreated',
  data: { categoryId: 'c1', name: 'Employment', description: 'Hiring, dismissal, disputes', createdAt: at },
};
const contractsCreated: CatalogueEvent = { type: 'CategoryCreated', data: { categoryId: 'c2', name: 'Contracts', description: '', createdAt: at } };

describe('request catalogue', () => {
  describe('creating a category', () => {
    it('creates a category with a tidied name and description', () => {
      spec([])
        .when({ type: 'CreateCategory', data: { categoryId: 'c1', name: '  Employment ', description: ' Hiring, dismissal, disputes ', at } })
        .then([employmentCreated]);
    });

    it('refuses a name another category has, whatever its case or spacing', () => {
      spec([employmentCreated])
        .when({ type: 'CreateCategory', data: { categoryId: 'c2', name: 'employment', description: '', at } })
        .thenThrows('category-name-taken');
      spec([employmentCreated])
        .when({ type: 'CreateCategory', data: { categoryId: 'c2', name: 'EMPLOYMENT  ', description: '', at } })
        .thenThrows('category-name-taken');
    });

    it('tells accented names apart from plain ones', () => {
      spec([{ type: 'CategoryCreated', data: { categoryId: 'c1', name: 'Sante', description: '', createdAt: at } }])
        .when({ type: 'CreateCategory', data: { categoryId: 'c2', name: 'Santé', description: '', at } })
        .then([{ type: 'CategoryCreated', data: { categoryId: 'c2', name: 'Santé', description: '', createdAt: at } }]);
    });

    it('refuses an id that is already used', () => {
      spec([employmentCreated])
        .when({ type: 'CreateCategory', data: { categoryId: 'c1', name: 'Other', description: '', at } })
        .thenThrows('category-already-exists');
    });
  });

  describe('renaming a category', () => {
    it('renames it and remembers the previous name', () => {
      spec([employmentCreated, contractsCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'Employment law', at: later } })
        .then([{ type: 'CategoryRenamed', data: { categoryId: 'c1', name: 'Employment law', previousName: 'Employment', renamedAt: later } }]);
    });

    it('does nothing when the name is unchanged', () => {
      spec([employmentCreated]).when({ type: 'RenameCategory', data: { categoryId: 'c1', name: ' Employment ', at: later } }).then([]);
    });

    it('lets a category change only the case of its own name', () => {
      spec([employmentCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'EMPLOYMENT', at: later } })
        .then([{ type: 'CategoryRenamed', data: { categoryId: 'c1', name: 'EMPLOYMENT', previousName: 'Employment', renamedAt: later } }]);
    });

    it('refuses the name of another category', () => {
      spec([employmentCreated, contractsCreated])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'contracts', at: later } })
        .thenThrows('category-name-taken');
    });

    it('refuses to rename a category that does not exist', () => {
      spec([]).when({ type: 'RenameCategory', data: { categoryId: 'nope', name: 'Anything', at: later } }).thenThrows('category-not-found');
    });

    it('checks uniqueness against names as they are after earlier renames', () => {
      spec([employmentCreated, contractsCreated, { type: 'CategoryRenamed', data: { categoryId: 'c2', name: 'Commercial', previousName: 'Contracts', renamedAt: later } }])
        .when({ type: 'RenameCategory', data: { categoryId: 'c1', name: 'Contracts', at: later } })
        .then([{ type: 'CategoryRenamed', data: { categoryId: 'c1', name: 'Contracts', previousName: 'Employment', renamedAt: later } }]);
    });
  });
});
