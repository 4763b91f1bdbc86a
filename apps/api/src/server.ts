import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { configureApplication, createOpenApiDocument, serveOpenApi } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { RequestsDemoData } from '@lexport/requests-module';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';

export const version = '0.1.0';

export async function createServer(config: LexportConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApplication(app, config);
  serveOpenApi(app, createOpenApiDocument(app, version));
  await app.init();
  if (config.demoData) await app.get(RequestsDemoData).seed();
  return app;
}
