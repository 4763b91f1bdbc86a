import { Inject, Injectable, SetMetadata } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { positionHeader, staleHeader } from '@lexport/shared-published';
import type { Request, Response } from 'express';
import { from, map, switchMap } from 'rxjs';
import type { Observable } from 'rxjs';
import type { LexportConfig } from './config';
import { InvalidHeaderException } from './errors';
import { ProjectionsService } from './projections.service';
import { LEXPORT_CONFIG } from './tokens';

const readsProjectionsKey = 'lexport:reads-projections';

/** Marks a query handler with the projections it reads, so that it can wait for the caller's last write. */
export const ReadsProjections = (...projectionNames: string[]) => SetMetadata(readsProjectionsKey, projectionNames);

/**
 * Read-your-writes: a query that names a position (header or `position` parameter) waits, bounded, until the
 * projections it reads have applied it; a command result's position goes out in the position header.
 */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly projections: ProjectionsService,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const projectionNames = this.reflector.get<string[] | undefined>(readsProjectionsKey, context.getHandler());
    const position = projectionNames ? requestedPosition(request) : undefined;
    const waited =
      projectionNames && position !== undefined
        ? this.projections
            .waitForPosition(projectionNames, position, this.config.readYourWritesTimeoutMs)
            .then((reached) => {
              if (!reached) response.setHeader(staleHeader, 'true');
            })
        : Promise.resolve();
    return from(waited).pipe(
      switchMap(() => next.handle()),
      map((result: unknown) => {
        const written = (result as { position?: unknown } | undefined)?.position;
        if (!projectionNames && typeof written === 'number') response.setHeader(positionHeader, String(written));
        return result;
      }),
    );
  }
}

function requestedPosition(request: Request): number | undefined {
  const raw =
    request.header(positionHeader) ??
    (typeof request.query['position'] === 'string' ? request.query['position'] : undefined);
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,16}$/.test(raw))
    throw new InvalidHeaderException(positionHeader, 'must be a global position (a whole number)');
  return Number(raw);
}
