import { createCategoryRequest, listCategoriesQuery, renameCategoryRequest } from './categories';

describe('request category contracts', () => {
  it('trims names and descriptions and defaults the description', () => {
    expect(createCategoryRequest.parse({ name: '  Tax  ' })).toEqual({ name: 'Tax', description: '' });
  });

  it.each([
    ['a one-letter name', { name: 'x' }],
    ['a name of spaces', { name: '     ' }],
    ['a name of 81 characters', { name: 'x'.repeat(81) }],
    ['a control character', { name: 'Tax\u0000' }],
    ['a bidirectional override', { name: 'Tax \u202Exet' }],
    ['a lone surrogate', { name: 'Tax \uD800' }],
    ['an unknown field', { name: 'Tax', owner: 'me' }],
    ['an id that is not a UUID', { name: 'Tax', categoryId: '42' }],
  ])('refuses %s', (_case, body) => {
    expect(createCategoryRequest.safeParse(body).success).toBe(false);
  });

  it('requires a name to rename', () => {
    expect(renameCategoryRequest.safeParse({}).success).toBe(false);
  });

  it('reads list parameters from strings, with defaults and bounds', () => {
    expect(listCategoriesQuery.parse({ limit: '10' })).toEqual({
      sort: 'name',
      direction: 'asc',
      limit: 10,
      offset: 0,
    });
    expect(listCategoriesQuery.safeParse({ limit: '1000' }).success).toBe(false);
    expect(listCategoriesQuery.safeParse({ offset: '-1' }).success).toBe(false);
  });
});
