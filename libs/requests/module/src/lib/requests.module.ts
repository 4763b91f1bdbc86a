import { Module } from '@nestjs/common';
import { registerEventSourcing } from '@lexport/shared-platform';
import { CategoryNames } from './category-names/category-names';
import { releasePreviousCategoryName } from './category-names/release-previous-name.workflow';
import { CreateCategoryController } from './create-category/create-category.controller';
import { CreateCategoryHandler } from './create-category/create-category.handler';
import { RequestsDemoData } from './demo-data/requests-demo-data';
import { categoriesProjection } from './list-categories/categories.projection';
import { ListCategoriesController } from './list-categories/list-categories.controller';
import { GetCategoryHandler, ListCategoriesHandler } from './list-categories/list-categories.query';
import { RenameCategoryController } from './rename-category/rename-category.controller';
import { RenameCategoryHandler } from './rename-category/rename-category.handler';

@Module({
  controllers: [CreateCategoryController, RenameCategoryController, ListCategoriesController],
  providers: [
    registerEventSourcing({ projections: [categoriesProjection], workflows: [releasePreviousCategoryName] }),
    CategoryNames,
    CreateCategoryHandler,
    RenameCategoryHandler,
    ListCategoriesHandler,
    GetCategoryHandler,
    RequestsDemoData,
  ],
  exports: [RequestsDemoData],
})
export class RequestsModule {}
