import type { INestApplication } from '@nestjs/common';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { LexportConfig } from './config';
import { jsonRequestBodies } from './request-bodies';
import { securityHeaders } from './security-headers';
import { UserThrottlerGuard } from './user-throttler.guard';

export const apiPrefix = 'api';

/**
 * Settings every Lexport HTTP application shares: the server, HTTP integration tests and e2e runs alike. Create the
 * application with `bodyParser: false`: the JSON parser and its error answers are set here, before any route.
 */
export function configureApplication(app: INestApplication, config: LexportConfig): void {
  const express = app as NestExpressApplication;
  express.setGlobalPrefix(apiPrefix);
  express.disable('x-powered-by');
  // Only the proxies named in TRUST_PROXY may say who the client is; otherwise the peer's address is the client's.
  express.set('trust proxy', typeof config.trustProxy === 'object' ? [...config.trustProxy] : config.trustProxy);
  express.use(securityHeaders(config));
  express.use(...jsonRequestBodies());
  express.use(cookieParser());
  // After the modules' guards (session first), so that it knows who is signed in.
  express.useGlobalGuards(app.get(UserThrottlerGuard));
  app.enableShutdownHooks();
}
