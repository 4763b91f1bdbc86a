import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import {
  configureApplication,
  createOpenApiDocument,
  emailDeliveryMustBeChosen,
  serveOpenApi,
} from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { Clock } from '@lexport/shared-ddd';
import { demoUserOf, IdentityDemoData } from '@lexport/identity-module';
import type { DemoLogin } from '@lexport/identity-module';
import { RequestsDemoData } from '@lexport/requests-module';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

export const version = '0.1.0';

export async function createServer(
  config: LexportConfig,
  clock?: Clock,
): Promise<{ app: INestApplication; demoLogins: readonly DemoLogin[] }> {
  // Before Nest: a configuration error is a message, not a failed dependency injection that exits the process.
  emailDeliveryMustBeChosen(config);
  const app = await NestFactory.create(AppModule.forRoot(config, clock), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureApplication(app, config);
  if (config.apiDocs) serveOpenApi(app, createOpenApiDocument(app, version), config);
  await app.init();
  if (!config.demoData) return { app, demoLogins: [] };
  const requests = app.get(RequestsDemoData);
  await requests.seed();
  const demoLogins = await app.get(IdentityDemoData).seed();
  await requests.seedSubmissions(
    demoLogins
      .filter((login) => login.roles.includes('client'))
      .map((login) => ({
        ...demoUserOf(login),
        email: login.email,
        name: login.name,
        roles: login.roles,
        organizationId: login.organizationId,
      })),
  );
  return { app, demoLogins };
}
