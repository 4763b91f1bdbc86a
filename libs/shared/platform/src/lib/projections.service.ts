import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { EventStore } from '@lexport/shared-eventstore';
import { ProjectionRunner } from '@lexport/shared-projections';
import type { Projection, ProjectionReader, ProjectionStatus, RebuildStatus } from '@lexport/shared-projections';
import type { ReadStore } from '@lexport/shared-readstore';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, EVENT_STORE, READ_STORE } from './tokens';

/**
 * Collects the projections every module registers and runs them. Lanes start on application bootstrap (after all
 * modules have registered) unless the process is the operator CLI, which drives rebuilds itself.
 */
@Injectable()
export class ProjectionsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Projections');
  private readonly registered: Projection[] = [];
  private runner: ProjectionRunner | undefined;
  autoStart = true;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  register(...projections: readonly Projection[]): void {
    if (this.runner) throw new Error('Projections must be registered before the application starts');
    this.registered.push(...projections);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.autoStart) await this.start();
  }

  async start(options: { lanes?: boolean } = {}): Promise<ProjectionRunner> {
    if (!this.runner) {
      this.runner = new ProjectionRunner(this.events, this.readStore, this.registered, {
        now: () => this.clock.now(),
        logger: {
          log: (message) => this.logger.log(message),
          warn: (message) => this.logger.warn(message),
          error: (message) => this.logger.error(message),
        },
      });
      await this.runner.start(options);
    }
    return this.runner;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner?.stop();
  }

  reader(projectionName: string): ProjectionReader {
    return this.started().reader(projectionName);
  }

  waitForPosition(projectionNames: readonly string[], position: number, timeoutMs: number): Promise<boolean> {
    return this.started().waitForPosition(projectionNames, position, timeoutMs);
  }

  status(): Promise<ProjectionStatus[]> {
    return this.started().status();
  }

  rebuild(projectionName: string): Promise<RebuildStatus> {
    return this.started().rebuild(projectionName);
  }

  whenRebuilt(projectionName: string): Promise<void> {
    return this.started().whenRebuilt(projectionName);
  }

  get names(): string[] {
    return this.registered.map((projection) => projection.name);
  }

  private started(): ProjectionRunner {
    if (!this.runner) throw new Error('Projections have not started yet');
    return this.runner;
  }
}
