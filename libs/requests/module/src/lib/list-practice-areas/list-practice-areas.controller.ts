import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsService, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import type { PracticeAreaView } from '@lexport/requests-published';
import type { PracticeAreaDocument } from './practice-areas.projection';
import { practiceAreasProjection } from './practice-areas.projection';

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/practice-areas')
export class ListPracticeAreasController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ReadsProjections(practiceAreasProjection.name)
  @ApiOperation({ summary: "The legal team's practice areas and their members" })
  async list(): Promise<readonly PracticeAreaView[]> {
    const page = await this.projections
      .reader(practiceAreasProjection.name)
      .find<PracticeAreaDocument>('practice_areas', { sort: [{ field: 'createdAt' }], limit: 1000 });
    return page.items.map(({ id, name, memberIds, createdAt, updatedAt }) => ({
      id,
      name,
      memberIds,
      createdAt,
      updatedAt,
    }));
  }
}
