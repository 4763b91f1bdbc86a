import { Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ProjectionStatus, RebuildStatus } from '@lexport/shared-projections';
import { Public } from './access';
import { OperatorGuard } from './operator.guard';
import { ProjectionsService } from './projections.service';

@ApiTags('operations')
@ApiBearerAuth()
@UseGuards(OperatorGuard)
@Public()
@Controller('operations/projections')
export class OperationsController {
  constructor(private readonly projections: ProjectionsService) {}

  @Get()
  @ApiOperation({ summary: 'Status of every projection: version, checkpoint, lag and any rebuild under way' })
  status(): Promise<ProjectionStatus[]> {
    return this.projections.status();
  }

  @Post('rebuild')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Rebuild every projection blue/green (reactors excepted); the portal keeps serving the live versions meanwhile',
  })
  async rebuildAll(): Promise<RebuildStatus[]> {
    const started: RebuildStatus[] = [];
    for (const status of await this.projections.status()) {
      if (status.rebuildable) started.push(await this.projections.rebuild(status.name));
    }
    return started;
  }

  @Post(':name/rebuild')
  @HttpCode(202)
  @ApiOperation({ summary: 'Rebuild one projection blue/green' })
  rebuild(@Param('name') name: string): Promise<RebuildStatus> {
    return this.projections.rebuild(name);
  }
}
