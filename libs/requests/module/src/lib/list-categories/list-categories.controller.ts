import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { positionHeader } from '@lexport/shared-published';
import { ReadsProjections } from '@lexport/shared-platform';
import { categoryIdParams, categoryPage, categoryView, listCategoriesQuery } from '@lexport/requests-published';
import type { CategoryView } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { categoriesProjection } from './categories.projection';
import { GetCategoryQuery, ListCategoriesQuery } from './list-categories.query';

class ListCategoriesParameters extends createZodDto(listCategoriesQuery) {}
class CategoryIdParams extends createZodDto(categoryIdParams) {}
class CategoryPageBody extends createZodDto(categoryPage) {}
class CategoryBody extends createZodDto(categoryView) {}

@ApiTags('requests')
@ApiHeader({
  name: positionHeader,
  required: false,
  description: 'Wait until this position (from a command response) is visible',
})
@Controller('requests/categories')
export class ListCategoriesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ReadsProjections(categoriesProjection.name)
  @ApiOperation({ summary: 'The request catalogue: categories, searchable by name, sorted and paged' })
  @ApiOkResponse({ type: CategoryPageBody })
  list(@Query() parameters: ListCategoriesParameters): Promise<PageOf<CategoryView>> {
    const { search, sort, direction, limit, offset } = parameters;
    return this.queries.execute(new ListCategoriesQuery({ search, sort, direction, limit, offset }));
  }

  @Get(':categoryId')
  @ReadsProjections(categoriesProjection.name)
  @ApiOperation({ summary: 'One request category' })
  @ApiOkResponse({ type: CategoryBody })
  @ApiNotFoundResponse({ description: 'No such category' })
  get(@Param() params: CategoryIdParams): Promise<CategoryView> {
    return this.queries.execute(new GetCategoryQuery(params.categoryId));
  }
}
