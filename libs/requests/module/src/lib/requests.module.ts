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
import { CatalogueController } from './catalogue/catalogue.controller';
import { LegalTeamController } from './legal-team/legal-team.controller';
import { legalTeamProjection } from './legal-team/legal-team.projection';
import { LegalTeam } from './legal-team/legal-team';
import { ChangePracticeAreaController } from './change-practice-area/change-practice-area.controller';
import { CreatePracticeAreaController } from './create-practice-area/create-practice-area.controller';
import { CreateRequestTypeController } from './create-request-type/create-request-type.controller';
import { EditRequestTypeController } from './edit-request-type/edit-request-type.controller';
import { ListPracticeAreasController } from './list-practice-areas/list-practice-areas.controller';
import { practiceAreasProjection } from './list-practice-areas/practice-areas.projection';
import { ListRequestTypesController } from './list-request-types/list-request-types.controller';
import { requestTypesProjection } from './list-request-types/request-types.projection';
import { PublishRequestTypeController } from './publish-request-type/publish-request-type.controller';
import { RequestTypeReferences } from './request-types/request-type-references';
import { RetireRequestTypeController } from './retire-request-type/retire-request-type.controller';
import { SubmitRequestController } from './submit-request/submit-request.controller';
import { SubmitRequestHandler } from './submit-request/submit-request.handler';
import { RenameCategoryHandler } from './rename-category/rename-category.handler';

@Module({
  controllers: [
    CreateCategoryController,
    RenameCategoryController,
    ListCategoriesController,
    CreatePracticeAreaController,
    ChangePracticeAreaController,
    ListPracticeAreasController,
    CreateRequestTypeController,
    EditRequestTypeController,
    PublishRequestTypeController,
    RetireRequestTypeController,
    ListRequestTypesController,
    CatalogueController,
    LegalTeamController,
    SubmitRequestController,
  ],
  providers: [
    registerEventSourcing({
      projections: [categoriesProjection, practiceAreasProjection, requestTypesProjection, legalTeamProjection],
      workflows: [releasePreviousCategoryName],
    }),
    RequestTypeReferences,
    LegalTeam,
    SubmitRequestHandler,
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
