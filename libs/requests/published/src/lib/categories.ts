import * as z from 'zod';
import { nameText, paragraphsText } from '@lexport/shared-published';

export const categoryNameLimits = { min: 2, max: 80 } as const;
export const categoryDescriptionMax = 500;

const categoryName = nameText(categoryNameLimits);

export const createCategoryRequest = z
  .object({
    /** Optional: a client may choose the id (a UUID) so that it can retry without creating twice. */
    categoryId: z.uuid().optional(),
    name: categoryName,
    description: paragraphsText({ max: categoryDescriptionMax }).default(''),
  })
  .strict();
export type CreateCategoryRequest = z.input<typeof createCategoryRequest>;

export const renameCategoryRequest = z.object({ name: categoryName }).strict();
export type RenameCategoryRequest = z.input<typeof renameCategoryRequest>;

export const categorySortFields = ['name', 'createdAt', 'updatedAt'] as const;

export const listCategoriesQuery = z
  .object({
    search: z.string().trim().max(100).optional(),
    sort: z.enum(categorySortFields).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
    position: z.coerce.number().int().min(0).optional(),
  })
  .strict();
export type ListCategoriesQuery = z.input<typeof listCategoriesQuery>;

export const categoryIdParams = z.object({ categoryId: z.uuid() }).strict();

export const categoryView = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CategoryView = z.infer<typeof categoryView>;

export const categoryPage = z.object({
  items: z.array(categoryView),
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
});

export const commandAccepted = z.object({
  id: z.string(),
  revision: z.number().int(),
  position: z
    .number()
    .int()
    .describe('Global position of the last event written; send it back as x-lexport-position to read your writes'),
});

/**
 * The events the requests context publishes, each with its aggregate's id in its data; the module proves by a
 * type-level spec that its domain events fit them.
 */
export type RequestsEvent =
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
    };

export const requestsEventTypes = [
  'CategoryCreated',
  'CategoryRenamed',
] as const satisfies readonly RequestsEvent['type'][];

export const requestsStreams = { category: (categoryId: string) => `request-category-${categoryId}` } as const;
