import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@lexport/shared-ddd';
import { CommandExecutor, CurrentUser, ProjectionsService, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import {
  formVersionMustExist,
  isInCatalogue,
  requestTypeDecider,
  requestTypeMustExist,
  requestTypeStreamName,
} from '@lexport/requests-domain';
import { catalogueQuery, formVersionParams, requestTypeIdParams } from '@lexport/requests-published';
import type { CatalogueView, FormVersionView, RequestFormView } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { categoriesProjection } from '../list-categories/categories.projection';
import type { CategoryDocument } from '../list-categories/categories.projection';
import { practiceAreasProjection } from '../list-practice-areas/practice-areas.projection';
import type { PracticeAreaDocument } from '../list-practice-areas/practice-areas.projection';
import { foldedText, requestTypesProjection } from '../list-request-types/request-types.projection';
import type { CatalogueEntryDocument } from '../list-request-types/request-types.projection';

class CatalogueParameters extends createZodDto(catalogueQuery) {}
class RequestTypeIdParams extends createZodDto(requestTypeIdParams) {}
class FormVersionParams extends createZodDto(formVersionParams) {}

/** The catalogue clients choose from: categories, and the offered request types under each. */
@ApiTags('requests')
@Controller('requests/catalogue')
export class CatalogueController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly executor: CommandExecutor,
  ) {}

  @Get()
  @ReadsProjections(requestTypesProjection.name, categoriesProjection.name, practiceAreasProjection.name)
  @ApiOperation({ summary: "The catalogue, searched over names and descriptions in the reader's language" })
  async catalogue(@Query() query: CatalogueParameters, @CurrentUser() user: AuthenticatedUser): Promise<CatalogueView> {
    const language = query.language ?? (user.language === 'fr' ? 'fr' : 'en');
    const searchField = language === 'fr' ? 'searchFr' : 'searchEn';
    const search = query.search ? foldedText(query.search) : '';
    const types = this.projections.reader(requestTypesProjection.name);
    const [entries, offered, categories, practiceAreas] = await Promise.all([
      types.find<CatalogueEntryDocument>('request_catalogue', {
        where: { offered: true, ...(search ? { [searchField]: { contains: search } } : {}) },
        sort: [{ field: language === 'fr' ? 'sortFr' : 'sortEn' }],
        limit: 1000,
      }),
      types.find<CatalogueEntryDocument>('request_catalogue', { where: { offered: true }, limit: 1 }),
      this.projections
        .reader(categoriesProjection.name)
        .find<CategoryDocument>('categories', { sort: [{ field: 'sortName' }], limit: 1000 }),
      this.projections
        .reader(practiceAreasProjection.name)
        .find<PracticeAreaDocument>('practice_areas', { limit: 1000 }),
    ]);
    const areas = new Map(practiceAreas.items.map((area) => [area.id, area]));
    const byCategory = Map.groupBy(entries.items, (entry) => entry.categoryId);
    return {
      offered: offered.total,
      categories: categories.items
        .filter((category) => byCategory.has(category.id))
        .map((category) => ({
          id: category.id,
          name: category.name,
          description: category.description,
          types: (byCategory.get(category.id) ?? []).map((entry) => {
            const area = areas.get(entry.practiceAreaId);
            return {
              id: entry.id,
              name: entry.name,
              description: entry.description,
              opens: entry.opens,
              practiceArea: area ? { id: area.id, name: area.name } : null,
            };
          }),
        })),
    };
  }

  @Get('types/:requestTypeId')
  @ApiOperation({ summary: 'The form a client fills in: the latest published version of an offered type' })
  async form(@Param() { requestTypeId }: RequestTypeIdParams): Promise<RequestFormView> {
    const { state } = await this.executor.aggregateStream(requestTypeDecider, requestTypeStreamName(requestTypeId));
    if (state.status === 'none' || !isInCatalogue(state))
      throw new DomainError('request-type-not-offered', 'not-found', 'This request type is not offered', {
        requestTypeId,
      });
    const latest = formVersionMustExist(state, state.versions.length);
    const area = await this.projections
      .reader(practiceAreasProjection.name)
      .get<PracticeAreaDocument>('practice_areas', state.details.practiceAreaId);
    return {
      id: requestTypeId,
      categoryId: state.details.categoryId,
      name: state.details.name,
      description: state.details.description,
      opens: state.details.opens,
      practiceArea: area ? { id: area.id, name: area.name } : null,
      formVersion: latest.version,
      form: latest.form,
    };
  }

  @Get('types/:requestTypeId/versions/:version')
  @ApiOperation({ summary: 'A published form version, as the requests made with it were asked' })
  async version(@Param() { requestTypeId, version }: FormVersionParams): Promise<FormVersionView> {
    const { state } = await this.executor.aggregateStream(requestTypeDecider, requestTypeStreamName(requestTypeId));
    const published = formVersionMustExist(requestTypeMustExist(state, requestTypeId), version);
    return { requestTypeId, version: published.version, form: published.form, publishedAt: published.publishedAt };
  }
}
