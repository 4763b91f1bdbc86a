import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { temporaryDirectory } from '@lexport/shared-testing';
import { createServer } from '../server';

export interface TestServer {
  readonly app: INestApplication;
  readonly http: ReturnType<INestApplication['getHttpServer']>;
  readonly config: LexportConfig;
  close(): Promise<void>;
}

/** The real composition of the portal on a fresh embedded store. */
export async function startTestServer(environment: Record<string, string> = {}): Promise<TestServer> {
  const directory = temporaryDirectory('lexport-http-');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LEXPORT_DATA_DIR: directory.path, WEB_DIST: directory.file('no-web'), ...environment });
  const app = await createServer(config);
  return {
    app,
    http: app.getHttpServer(),
    config,
    close: async () => {
      await app.close();
      directory.remove();
    },
  };
}
