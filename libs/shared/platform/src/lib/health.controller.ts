import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from './access';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { EventStore } from '@lexport/shared-eventstore';
import type { ReadStore } from '@lexport/shared-readstore';
import { ProjectionsService } from './projections.service';
import { EVENT_STORE, READ_STORE } from './tokens';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly projections: ProjectionsService,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: event store and read store answer, no projection has failed' })
  check() {
    return this.health.check([
      () =>
        this.probe('eventStore', async () => ({ engine: this.events.engine, head: await this.events.headPosition() })),
      () =>
        this.probe('readStore', async () => ({
          engine: this.readStore.engine,
          collections: (await this.readStore.listCollections()).length,
        })),
      () =>
        this.probe('projections', async () => {
          const statuses = await this.projections.status();
          const failed = statuses.filter(
            (status) => status.active?.state === 'failed' || status.rebuild?.state === 'failed',
          );
          if (failed.length > 0) throw new Error(`failed: ${failed.map((status) => status.name).join(', ')}`);
          return { count: statuses.length, maxLagEvents: Math.max(0, ...statuses.map((status) => status.lagEvents)) };
        }),
    ]);
  }

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private async probe(key: string, check: () => Promise<Record<string, unknown>>) {
    const indicator = this.indicators.check(key);
    try {
      return indicator.up(await check());
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
