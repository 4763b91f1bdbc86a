import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionsService, ReadsProjections, RequireRoles } from '@lexport/shared-platform';
import type { LegalTeamMemberView } from '@lexport/requests-published';
import type { TeamMemberDocument } from './legal-team.projection';
import { legalTeamProjection } from './legal-team.projection';

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/legal-team')
export class LegalTeamController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ReadsProjections(legalTeamProjection.name)
  @ApiOperation({ summary: 'Active staff and admins: who may join a practice area or be a default assignee' })
  async list(): Promise<readonly LegalTeamMemberView[]> {
    const page = await this.projections
      .reader(legalTeamProjection.name)
      .find<TeamMemberDocument>('legal_team_members', { where: { onLegalTeam: true }, limit: 1000 });
    return page.items
      .map(({ id, name, email }) => ({ id, name, email }))
      .sort((left, right) => left.name.localeCompare(right.name));
  }
}
