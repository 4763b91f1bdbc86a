import { assertNever, DomainError, uniqueClaim } from '@lexport/shared-ddd';
import type { Decider, UniqueClaimCommand, UniqueClaimEvent } from '@lexport/shared-ddd';

/**
 * A request category of the catalogue a legal team offers its clients: its own stream, so that no command on one
 * category waits for another. Names stay unique through a claim stream per name: clients pick from the catalogue,
 * and two categories with the same name would confuse them.
 */
export type CategoryCommand =
  | {
      readonly type: 'CreateCategory';
      readonly data: {
        readonly categoryId: string;
        readonly name: string;
        readonly description: string;
        readonly at: string;
      };
    }
  | {
      readonly type: 'RenameCategory';
      readonly data: { readonly categoryId: string; readonly name: string; readonly at: string };
    }
  | { readonly type: 'AbandonUnfinishedCategory'; readonly data: { readonly at: string } };

export type CategoryEvent =
  | {
      readonly type: 'CategoryCreated';
      readonly data: {
        readonly categoryId: string;
        readonly name: string;
        readonly description: string;
        readonly createdAt: string;
      };
    }
  | {
      readonly type: 'CategoryRenamed';
      readonly data: {
        readonly categoryId: string;
        readonly name: string;
        readonly previousName: string;
        readonly renamedAt: string;
      };
    }
  /** Its name was claimed by a command that crashed before creating it: the name may go to another category. */
  | { readonly type: 'UnfinishedCategoryAbandoned'; readonly data: { readonly abandonedAt: string } };

/** `abandoned`: a command that claimed a name for this id crashed before creating the category; the id is dead. */
export type CategoryState =
  | { readonly status: 'none'; readonly abandoned?: true }
  | { readonly status: 'open'; readonly categoryId: string; readonly name: string; readonly description: string };

export const categoryStreamName = (categoryId: string) => `request-category-${categoryId}`;

/** Names are stored tidied: no surrounding or repeated spaces, composed accents. */
export function normalizeCategoryName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** What makes two names the same: case and spacing do not count, accents do ("Santé" is not "Sante"). */
export function categoryNameKey(name: string): string {
  return normalizeCategoryName(name).toLowerCase();
}

export function categoryMustExist(
  state: CategoryState,
  categoryId: string,
): Extract<CategoryState, { status: 'open' }> {
  if (state.status === 'none')
    throw new DomainError('category-not-found', 'not-found', `There is no category ${categoryId}`, { categoryId });
  return state;
}

export function categoryIdMustBeNew(state: CategoryState, categoryId: string): void {
  if (state.status !== 'none')
    throw new DomainError('category-already-exists', 'conflict', `A category with id ${categoryId} already exists`, {
      categoryId,
    });
  if (state.abandoned)
    throw new DomainError(
      'command-superseded',
      'conflict',
      'This name was given to another category in the meantime; start again',
    );
}

export function createCategory(
  command: Extract<CategoryCommand, { type: 'CreateCategory' }>,
  state: CategoryState,
): CategoryEvent[] {
  const { categoryId, description, at } = command.data;
  categoryIdMustBeNew(state, categoryId);
  return [
    {
      type: 'CategoryCreated',
      data: {
        categoryId,
        name: normalizeCategoryName(command.data.name),
        description: description.trim(),
        createdAt: at,
      },
    },
  ];
}

export function renameCategory(
  command: Extract<CategoryCommand, { type: 'RenameCategory' }>,
  state: CategoryState,
): CategoryEvent[] {
  const { categoryId, at } = command.data;
  const category = categoryMustExist(state, categoryId);
  const name = normalizeCategoryName(command.data.name);
  if (category.name === name) return [];
  return [{ type: 'CategoryRenamed', data: { categoryId, name, previousName: category.name, renamedAt: at } }];
}

/** Whether the category no longer needs the name it claimed: never created, or renamed since. */
export function categoryHasLetGoOfName(state: CategoryState, nameKey: string): boolean {
  return state.status === 'none' || categoryNameKey(state.name) !== nameKey;
}

export const categoryDecider: Decider<CategoryCommand, CategoryEvent, CategoryState> = {
  initialState: () => ({ status: 'none' }),
  decide(command, state) {
    switch (command.type) {
      case 'CreateCategory':
        return createCategory(command, state);
      case 'RenameCategory':
        return renameCategory(command, state);
      case 'AbandonUnfinishedCategory':
        return state.status === 'none' && !state.abandoned
          ? [{ type: 'UnfinishedCategoryAbandoned', data: { abandonedAt: command.data.at } }]
          : [];
      default:
        return assertNever(command, 'category command');
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CategoryCreated':
        return {
          status: 'open',
          categoryId: event.data.categoryId,
          name: event.data.name,
          description: event.data.description,
        };
      case 'CategoryRenamed':
        return state.status === 'open' ? { ...state, name: event.data.name } : state;
      case 'UnfinishedCategoryAbandoned':
        return state.status === 'none' ? { status: 'none', abandoned: true } : state;
      default:
        return assertNever(event, 'category event');
    }
  },
};

/** One name, one category. The stream is keyed by `categoryNameKey`, hashed by the module. */
export const categoryNameClaimDecider = uniqueClaim({
  claim: 'ClaimCategoryName',
  release: 'ReleaseCategoryName',
  claimed: 'CategoryNameClaimed',
  released: 'CategoryNameReleased',
  holder: 'categoryId',
  taken: (categoryId) =>
    new DomainError('category-name-taken', 'conflict', 'Another category already has this name', {
      field: 'name',
      categoryId,
    }),
});

export type CategoryNameClaimCommand = UniqueClaimCommand<'ClaimCategoryName', 'ReleaseCategoryName', 'categoryId'>;
export type CategoryNameClaimEvent = UniqueClaimEvent<'CategoryNameClaimed', 'CategoryNameReleased', 'categoryId'>;
