import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@lexport/shared-contracts';
import { DomainError } from '@lexport/shared-ddd';
import type { DomainErrorKind } from '@lexport/shared-ddd';
import { ConcurrencyError, InvalidEventError, InvalidPositionError } from '@lexport/shared-eventstore';
import { ProjectionNotRebuildableError, UnknownProjectionError } from '@lexport/shared-projections';
import { InvalidQueryError } from '@lexport/shared-readstore';
import type { Request, Response } from 'express';
import { ZodValidationException } from 'nestjs-zod';
import type { ZodError } from 'zod';

const statusOfKind: Record<DomainErrorKind, number> = {
  conflict: HttpStatus.CONFLICT,
  'not-found': HttpStatus.NOT_FOUND,
  invalid: HttpStatus.UNPROCESSABLE_ENTITY,
  forbidden: HttpStatus.FORBIDDEN,
  unauthenticated: HttpStatus.UNAUTHORIZED,
};

const titles: Record<number, string> = {
  400: 'The request is not valid',
  401: 'You need to sign in',
  403: 'You may not do this',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'This conflicts with the current state',
  413: 'The request is too large',
  415: 'Unsupported content type',
  422: 'The request breaks a rule',
  429: 'Too many requests',
  500: 'Something went wrong on our side',
  503: 'The service is not ready',
};

export function problem(status: number, code: string, detail?: string, extensions: Record<string, unknown> = {}): ProblemDetails {
  return {
    type: `urn:lexport:problem:${code}`,
    title: titles[status] ?? HttpStatus[status] ?? 'Error',
    status,
    code,
    ...(detail ? { detail } : {}),
    ...extensions,
  };
}

const pointerOf = (path: readonly PropertyKey[]) =>
  path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');

export function fieldErrorsOf(error: ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    // One error per unexpected key, pointing at the key itself, so that a form can show it beside the field.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    return paths.map((path) => ({ pointer: pointerOf(path), field: path.join('.'), code: issue.code, message: issue.message }));
  });
}

/** The one place where errors become HTTP responses: RFC 9457 problem details, never a stack trace. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = { ...this.toProblem(exception), instance: request.originalUrl };
    if (body.status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) return;
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ZodValidationException) {
      return problem(400, 'invalid-input', 'Some fields are not valid.', { errors: fieldErrorsOf(exception.getZodError() as ZodError) });
    }
    if (exception instanceof DomainError) {
      const field = typeof exception.details['field'] === 'string' ? exception.details['field'] : undefined;
      return problem(statusOfKind[exception.kind], exception.code, exception.message, {
        ...exception.details,
        ...(field ? { errors: [{ pointer: `/${field}`, field, code: exception.code, message: exception.message }] } : {}),
      });
    }
    if (exception instanceof ConcurrencyError) {
      return problem(409, 'concurrent-modification', 'Someone else changed this at the same time. Reload and try again.');
    }
    if (exception instanceof InvalidQueryError || exception instanceof InvalidPositionError) return problem(400, 'invalid-query', exception.message);
    if (exception instanceof InvalidEventError) return problem(422, 'invalid-event', exception.message);
    if (exception instanceof UnknownProjectionError) return problem(404, 'unknown-projection', exception.message);
    if (exception instanceof ProjectionNotRebuildableError) return problem(409, 'projection-not-rebuildable', exception.message);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      return problem(status, codeOfStatus(status), Array.isArray(detail) ? detail.join('; ') : String(detail));
    }
    const status = (exception as { status?: unknown; type?: unknown })?.status;
    // body-parser errors (malformed JSON, too large) carry their status; they are the client's, not ours.
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return problem(status, codeOfStatus(status), status === 400 ? 'The request body is not valid JSON.' : (exception as Error).message);
    }
    return problem(500, 'internal-error', 'The error has been logged.');
  }
}

function codeOfStatus(status: number): string {
  return (
    {
      400: 'bad-request',
      401: 'unauthenticated',
      403: 'forbidden',
      404: 'not-found',
      405: 'method-not-allowed',
      413: 'payload-too-large',
      415: 'unsupported-media-type',
      429: 'too-many-requests',
      503: 'not-ready',
    }[status] ?? `http-${status}`
  );
}
