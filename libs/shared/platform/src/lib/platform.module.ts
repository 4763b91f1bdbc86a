import { Global, Module } from '@nestjs/common';
import type { DynamicModule, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TerminusModule } from '@nestjs/terminus';
import { randomIds, systemClock } from '@lexport/shared-ddd';
import type { Clock, IdGenerator } from '@lexport/shared-ddd';
import { createEventStore, Upcasters, withUpcasting } from '@lexport/shared-eventstore';
import type { EventStore, RecordedEvent, Upcaster } from '@lexport/shared-eventstore';
import { workflowLane } from '@lexport/shared-projections';
import type { Projection, Workflow } from '@lexport/shared-projections';
import { createReadStore, MongoReadStore } from '@lexport/shared-readstore';
import { createBlobStore } from '@lexport/shared-blobstore';
import type { ReadStore } from '@lexport/shared-readstore';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { CommandExecutor, workflowSender } from './command-executor';
import { Attachments, BLOB_STORE } from './attachments/attachments';
import { AttachmentsController } from './attachments/attachments.controller';
import { ReferenceNumbers } from './reference-numbers';
import type { LexportConfig } from './config';
import { HealthController } from './health.controller';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { OperationsController } from './operations.controller';
import { ProblemDetailsFilter } from './problem-details.filter';
import { ProjectionsService } from './projections.service';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';
import { TokenSigner } from './token-signer';
import { userThrottlerProviders } from './user-throttler.guard';
import { CLOCK, EVENT_STORE, ID_GENERATOR, LEXPORT_CONFIG, READ_STORE } from './tokens';

export const UPCASTERS = Symbol('Upcasters');

export interface PlatformOptions {
  readonly config: LexportConfig;
  readonly clock?: Clock;
  readonly ids?: IdGenerator;
}

class StoreCloser implements OnApplicationShutdown {
  constructor(
    private readonly events: EventStore,
    private readonly readStore: ReadStore,
    private readonly references: ReferenceNumbers,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.references.giveBack();
    await this.readStore.close();
    await this.events.close();
  }
}

/**
 * Shared plumbing for every bounded context: the event store and read store chosen by configuration, the
 * projection runner, command execution, problem details, read-your-writes, health and operator endpoints.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const providers: Provider[] = [
      { provide: LEXPORT_CONFIG, useValue: config },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      { provide: ID_GENERATOR, useValue: options.ids ?? randomIds },
      { provide: UPCASTERS, useValue: new Upcasters() },
      {
        provide: EVENT_STORE,
        useFactory: (upcasters: Upcasters) =>
          withUpcasting(
            createEventStore({ eventStoreUrl: config.eventStoreUrl, sqlitePath: config.sqlitePath }),
            upcasters,
          ),
        inject: [UPCASTERS],
      },
      {
        provide: READ_STORE,
        useFactory: () =>
          config.mongoUrl
            ? new MongoReadStore(config.mongoUrl, config.mongoDatabase)
            : createReadStore({ sqlitePath: config.sqlitePath }),
      },
      {
        provide: StoreCloser,
        useFactory: (events: EventStore, readStore: ReadStore, references: ReferenceNumbers) =>
          new StoreCloser(events, readStore, references),
        inject: [EVENT_STORE, READ_STORE, ReferenceNumbers],
      },
      CommandExecutor,
      ReferenceNumbers,
      ProjectionsService,
      TokenSigner,
      {
        provide: BLOB_STORE,
        useFactory: () =>
          createBlobStore({
            mongoUrl: config.mongoUrl,
            mongoDatabase: config.mongoDatabase,
            directory: config.blobDirectory,
          }),
      },
      Attachments,
      ...userThrottlerProviders,
      { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      { provide: APP_PIPE, useClass: ZodValidationPipe },
      { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
      { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ];
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        TerminusModule.forRoot({ logger: false }),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            autoLogging: { ignore: (request) => (request.url ?? '').startsWith('/api/health') },
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            quietReqLogger: true,
          },
        }),
      ],
      controllers: [HealthController, OperationsController, AttachmentsController],
      providers,
      exports: [
        LEXPORT_CONFIG,
        CLOCK,
        ID_GENERATOR,
        UPCASTERS,
        EVENT_STORE,
        READ_STORE,
        CommandExecutor,
        ReferenceNumbers,
        ProjectionsService,
        TokenSigner,
        BLOB_STORE,
        Attachments,
        CqrsModule,
      ],
    };
  }
}

export interface EventSourcingFeature {
  readonly projections?: readonly Projection[];
  readonly upcasters?: readonly Upcaster[];
  /** Process managers; their commands go through the command executor. */
  readonly workflows?: readonly Workflow<RecordedEvent, unknown>[];
}

/** A feature module lists this among its providers to contribute projections, workflows and upcasters. */
export function registerEventSourcing(feature: EventSourcingFeature): Provider {
  return {
    provide: Symbol('EventSourcingFeature'),
    useFactory: (projections: ProjectionsService, upcasters: Upcasters, executor: CommandExecutor) => {
      const send = workflowSender(executor);
      projections.register(
        ...(feature.projections ?? []),
        ...(feature.workflows ?? []).map((workflow) => workflowLane(workflow, send)),
      );
      upcasters.register(...(feature.upcasters ?? []));
      return feature;
    },
    inject: [ProjectionsService, UPCASTERS, CommandExecutor],
  };
}
