import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * The catalogue of request categories a legal team offers its clients. It is one aggregate so that category names
 * stay unique: clients pick from it, and two categories with the same name would confuse them.
 */
export interface CategoryDetails {
  readonly name: string;
  readonly description: string;
}

export type CatalogueCommand =
  | { readonly type: 'CreateCategory'; readonly data: { readonly categoryId: string; readonly name: string; readonly description: string; readonly at: string } }
  | { readonly type: 'RenameCategory'; readonly data: { readonly categoryId: string; readonly name: string; readonly at: string } };

export type CatalogueEvent =
  | {
      readonly type: 'CategoryCreated';
      readonly data: { readonly categoryId: string; readonly name: string; readonly description: string; readonly createdAt: string };
    }
  | {
      readonly type: 'CategoryRenamed';
      readonly data: { readonly categoryId: string; readonly name: string; readonly previousName: string; readonly renamedAt: string };
    };

export type CatalogueState =
  | { readonly status: 'empty' }
  | { readonly status: 'open'; readonly categories: ReadonlyMap<string, CategoryDetails> };

export const catalogueStreamName = (catalogueId: string) => `request-catalogue-${catalogueId}`;

/** Names compare without case, accents' case or extra spaces: "Employment  law" and "employment law" are the same. */
export function normalizeCategoryName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

const sameName = (left: string, right: string) =>
  normalizeCategoryName(left).localeCompare(normalizeCategoryName(right), undefined, { sensitivity: 'accent' }) === 0;

function categoriesOf(state: CatalogueState): ReadonlyMap<string, CategoryDetails> {
  return state.status === 'open' ? state.categories : new Map();
}

export function categoryIdMustBeNew(state: CatalogueState, categoryId: string): void {
  if (categoriesOf(state).has(categoryId)) {
    throw new DomainError('category-already-exists', 'conflict', `A category with id ${categoryId} already exists`, { categoryId });
  }
}

export function categoryMustExist(state: CatalogueState, categoryId: string): CategoryDetails {
  const category = categoriesOf(state).get(categoryId);
  if (!category) throw new DomainError('category-not-found', 'not-found', `There is no category ${categoryId}`, { categoryId });
  return category;
}

export function nameMustBeUnique(state: CatalogueState, name: string, exceptCategoryId?: string): void {
  for (const [categoryId, category] of categoriesOf(state)) {
    if (categoryId !== exceptCategoryId && sameName(category.name, name)) {
      throw new DomainError('category-name-taken', 'conflict', `A category named "${category.name}" already exists`, {
        field: 'name',
        categoryId,
      });
    }
  }
}

export function decide(command: CatalogueCommand, state: CatalogueState): CatalogueEvent[] {
  switch (command.type) {
    case 'CreateCategory': {
      const { categoryId, description, at } = command.data;
      const name = normalizeCategoryName(command.data.name);
      categoryIdMustBeNew(state, categoryId);
      nameMustBeUnique(state, name);
      return [{ type: 'CategoryCreated', data: { categoryId, name, description: description.trim(), createdAt: at } }];
    }
    case 'RenameCategory': {
      const { categoryId, at } = command.data;
      const name = normalizeCategoryName(command.data.name);
      const category = categoryMustExist(state, categoryId);
      if (category.name === name) return [];
      nameMustBeUnique(state, name, categoryId);
      return [{ type: 'CategoryRenamed', data: { categoryId, name, previousName: category.name, renamedAt: at } }];
    }
    default:
      return assertNever(command, 'catalogue command');
  }
}

export function evolve(state: CatalogueState, event: CatalogueEvent): CatalogueState {
  const categories = new Map(categoriesOf(state));
  switch (event.type) {
    case 'CategoryCreated':
      categories.set(event.data.categoryId, { name: event.data.name, description: event.data.description });
      return { status: 'open', categories };
    case 'CategoryRenamed': {
      const existing = categories.get(event.data.categoryId);
      categories.set(event.data.categoryId, { description: existing?.description ?? '', name: event.data.name });
      return { status: 'open', categories };
    }
    default:
      return assertNever(event, 'catalogue event');
  }
}

export const catalogueDecider: Decider<CatalogueCommand, CatalogueEvent, CatalogueState> = {
  initialState: () => ({ status: 'empty' }),
  decide,
  evolve,
};
