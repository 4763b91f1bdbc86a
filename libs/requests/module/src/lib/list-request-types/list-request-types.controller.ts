import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import { ProjectionsService, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import { listRequestTypesQuery, requestTypeIdParams } from '@lexport/requests-published';
import type { RequestTypeSummary, RequestTypeView } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import type { RequestTypeDocument } from './request-types.projection';
import { requestTypesProjection } from './request-types.projection';

class ListRequestTypesParameters extends createZodDto(listRequestTypesQuery) {}
class RequestTypeIdParams extends createZodDto(requestTypeIdParams) {}

function summaryOf(type: RequestTypeDocument): RequestTypeSummary {
  return {
    id: type.id,
    categoryId: type.categoryId,
    name: type.name,
    description: type.description,
    opens: type.opens,
    practiceAreaId: type.practiceAreaId,
    defaultAssigneeId: type.defaultAssigneeId,
    subjectField: type.subjectField,
    status: type.status,
    latestVersion: type.latestVersion,
    unpublishedChanges: type.publishedForm !== JSON.stringify(type.draft),
    createdAt: type.createdAt,
    updatedAt: type.updatedAt,
  };
}

/** What staff may do with a type now; the page shows only these (it does not re-derive the rules). */
function actionsOn(summary: RequestTypeSummary): RequestTypeView['actions'] {
  return [
    ...(summary.unpublishedChanges ? (['publish'] as const) : []),
    ...(summary.status === 'retired' ? (['reinstate'] as const) : (['retire'] as const)),
  ];
}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/types')
export class ListRequestTypesController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ReadsProjections(requestTypesProjection.name)
  @ApiOperation({ summary: 'Every request type, drafts and retired ones included (staff)' })
  async list(@Query() query: ListRequestTypesParameters): Promise<PageOf<RequestTypeSummary>> {
    const page = await this.projections.reader(requestTypesProjection.name).find<RequestTypeDocument>('request_types', {
      where: {
        ...(query.status ? { status: query.status } : {}),
        ...(query.categoryId ? { categoryId: query.categoryId } : {}),
      },
      sort: [{ field: 'createdAt' }],
      limit: query.limit,
      offset: query.offset,
    });
    return { ...page, items: page.items.map(summaryOf) };
  }

  @Get(':requestTypeId')
  @ReadsProjections(requestTypesProjection.name)
  @ApiOperation({ summary: 'A request type with its form draft (staff)' })
  async get(@Param() { requestTypeId }: RequestTypeIdParams): Promise<RequestTypeView> {
    const type = await this.projections
      .reader(requestTypesProjection.name)
      .get<RequestTypeDocument>('request_types', requestTypeId);
    if (!type)
      throw new DomainError('request-type-not-found', 'not-found', `There is no request type ${requestTypeId}`);
    const summary = summaryOf(type);
    return { ...summary, draft: type.draft, actions: actionsOn(summary) };
  }
}
