import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LexportConfig } from './config';

export const apiPrefix = 'api';

/** Settings every Lexport HTTP application shares: the server, HTTP integration tests and e2e runs alike. */
export function configureApplication(app: INestApplication, config: LexportConfig): void {
  const express = app as NestExpressApplication;
  express.setGlobalPrefix(apiPrefix);
  express.disable('x-powered-by');
  express.use(cookieParser());
  express.set('trust proxy', config.environment === 'production' ? 'loopback, linklocal, uniquelocal' : false);
  app.enableShutdownHooks();
}
