import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PageOf } from '@lexport/shared-published';
import { CurrentUser, ProjectionsService, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { listMattersQuery, matterIdParams } from '@lexport/matters-published';
import type { MatterSummary, MatterView } from '@lexport/matters-published';
import { createZodDto } from 'nestjs-zod';
import { MatterAccess } from './matter-access';
import { matterQuery } from './matter-criteria';
import { MatterNames } from './matter-names';
import type { MatterDocument } from './matters.projection';
import { mattersProjection } from './matters.projection';

class ListMattersParameters extends createZodDto(listMattersQuery) {}
class MatterIdParams extends createZodDto(matterIdParams) {}

async function summaryOf(names: MatterNames, matter: MatterDocument): Promise<MatterSummary> {
  const [organization, assignee, practiceArea] = await Promise.all([
    names.organization(matter.organizationId),
    names.person(matter.assigneeId),
    names.practiceArea(matter.practiceAreaId),
  ]);
  return {
    id: matter.id,
    reference: matter.reference,
    kind: matter.kind,
    subject: matter.subject,
    requestType: { id: matter.requestTypeId, name: matter.requestTypeName },
    practiceAreaId: matter.practiceAreaId,
    practiceArea: practiceArea ? { id: practiceArea.id, name: practiceArea.name } : null,
    status: matter.status,
    requester: { id: matter.requesterId, name: matter.requesterName },
    organization: organization ? { id: organization.id, name: organization.name } : null,
    assignee: matter.assigneeId ? { id: matter.assigneeId, name: assignee?.name ?? '' } : null,
    requestedAt: matter.requestedAt,
    lastActivityAt: matter.lastActivityAt,
  };
}

@ApiTags('matters')
@Controller('matters')
export class ListMattersController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly access: MatterAccess,
  ) {}

  @Get()
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'The matters and cases the reader may see, newest first' })
  async list(
    @Query() query: ListMattersParameters,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PageOf<MatterSummary>> {
    const reader = this.projections.reader(mattersProjection.name);
    const { limit, offset, position: _position, ...filters } = query;
    const page = await reader.find<MatterDocument>('matters', {
      ...matterQuery(filters, await this.access.visibleTo(user)),
      limit,
      offset,
    });
    const names = new MatterNames(reader);
    return { ...page, items: await Promise.all(page.items.map((matter) => summaryOf(names, matter))) };
  }

  @Get(':matterId')
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'A matter or case with the answers of its request, as they were asked' })
  async get(@Param() { matterId }: MatterIdParams, @CurrentUser() user: AuthenticatedUser): Promise<MatterView> {
    const matter = await this.access.readable(user, matterId);
    const summary = await summaryOf(new MatterNames(this.projections.reader(mattersProjection.name)), matter);
    return {
      ...summary,
      formVersion: matter.formVersion,
      form: matter.form,
      answers: matter.answers,
      attachments: this.access
        .filesFor(user, matter)
        .map(({ sha256: _sha256, internal: _internal, ...attachment }) => attachment),
    };
  }
}
