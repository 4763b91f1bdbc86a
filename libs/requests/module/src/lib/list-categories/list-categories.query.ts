import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { PageOf } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService } from '@lexport/shared-platform';
import type { FindQuery } from '@lexport/shared-readstore';
import type { CategoryView } from '@lexport/requests-published';
import type { CategoryDocument } from './categories.projection';
import { categoriesProjection } from './categories.projection';

export interface ListCategoriesCriteria {
  readonly search?: string | undefined;
  readonly sort: 'name' | 'createdAt' | 'updatedAt';
  readonly direction: 'asc' | 'desc';
  readonly limit: number;
  readonly offset: number;
}

export class ListCategoriesQuery extends Query<PageOf<CategoryView>> {
  constructor(readonly criteria: ListCategoriesCriteria) {
    super();
  }
}

export class GetCategoryQuery extends Query<CategoryView> {
  constructor(readonly categoryId: string) {
    super();
  }
}

const toView = ({ id, name, description, createdAt, updatedAt }: CategoryDocument): CategoryView => ({
  id,
  name,
  description,
  createdAt,
  updatedAt,
});

@QueryHandler(ListCategoriesQuery)
export class ListCategoriesHandler implements IQueryHandler<ListCategoriesQuery, PageOf<CategoryView>> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ criteria }: ListCategoriesQuery): Promise<PageOf<CategoryView>> {
    const query: FindQuery = {
      ...(criteria.search ? { where: { name: { contains: criteria.search } } } : {}),
      sort: [{ field: criteria.sort === 'name' ? 'sortName' : criteria.sort, direction: criteria.direction }],
      limit: criteria.limit,
      offset: criteria.offset,
    };
    const page = await this.projections.reader(categoriesProjection.name).find<CategoryDocument>('categories', query);
    return { ...page, items: page.items.map(toView) };
  }
}

@QueryHandler(GetCategoryQuery)
export class GetCategoryHandler implements IQueryHandler<GetCategoryQuery, CategoryView> {
  constructor(private readonly projections: ProjectionsService) {}

  async execute({ categoryId }: GetCategoryQuery): Promise<CategoryView> {
    const found = await this.projections
      .reader(categoriesProjection.name)
      .get<CategoryDocument>('categories', categoryId);
    if (!found)
      throw new DomainError('category-not-found', 'not-found', `There is no category ${categoryId}`, { categoryId });
    return toView(found);
  }
}
