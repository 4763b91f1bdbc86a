import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import type { LexportConfig } from './config';

export function createOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Lexport API')
    .setDescription(
      'Legal client portal. Commands answer with the global position of their last event (also in the x-lexport-position header); ' +
        'send it back on a query to read your own writes. Errors are RFC 9457 problem details.',
    )
    .setVersion(version)
    .addBearerAuth()
    .build();
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
}

/**
 * Serves the document at /api/openapi.json and a browsable copy at /api/docs (assets from swagger-ui-dist, no CDN),
 * unless `apiDocs` is off (the default in production: the map of every route is no business of the public).
 */
export function serveOpenApi(
  app: INestApplication,
  document: OpenAPIObject,
  config: Pick<LexportConfig, 'apiDocs'>,
): void {
  if (!config.apiDocs) return;
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/openapi.json', raw: ['json'] });
}
