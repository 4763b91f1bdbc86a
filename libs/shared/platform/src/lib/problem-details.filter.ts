import { Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { FieldError, ProblemDetails } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import type { DomainErrorKind } from '@lexport/shared-ddd';
import { ConcurrencyError, InvalidEventError, InvalidPositionError } from '@lexport/shared-eventstore';
import { ProjectionNotRebuildableError, UnknownProjectionError } from '@lexport/shared-projections';
import { InvalidQueryError } from '@lexport/shared-readstore';
import type { Request, Response } from 'express';
import { ThrottlerException } from '@nestjs/throttler';
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

export function problem(
  status: number,
  code: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
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
    return paths.map((path) => ({
      pointer: pointerOf(path),
      field: path.join('.'),
      code: issue.code,
      message: issue.message,
    }));
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
    if (body.status >= 500)
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (response.headersSent) return;
    response.status(body.status).type('application/problem+json').send(JSON.stringify(body));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ZodValidationException) {
      return problem(400, 'invalid-input', 'Some fields are not valid.', {
        errors: fieldErrorsOf(exception.getZodError() as ZodError),
      });
    }
    if (exception instanceof DomainError) {
      const field = typeof exception.details['field'] === 'string' ? exception.details['field'] : undefined;
      return problem(statusOfKind[exception.kind], exception.code, exception.message, {
        ...exception.details,
        ...(field
          ? { errors: [{ pointer: `/${field}`, field, code: exception.code, message: exception.message }] }
          : {}),
      });
    }
    if (exception instanceof ConcurrencyError) {
      return problem(
        409,
        'concurrent-modification',
        'Someone else changed this at the same time. Reload and try again.',
      );
    }
    if (exception instanceof InvalidQueryError || exception instanceof InvalidPositionError)
      return problem(400, 'invalid-query', exception.message);
    if (exception instanceof InvalidEventError) return problem(422, 'invalid-event', exception.message);
    if (exception instanceof UnknownProjectionError) return problem(404, 'unknown-projection', exception.message);
    if (exception instanceof ProjectionNotRebuildableError)
      return problem(409, 'projection-not-rebuildable', exception.message);
    if (exception instanceof ThrottlerException) {
      return problem(429, 'too-many-requests', 'Too many requests in a short time. Wait a minute, then try again.');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail =
        typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      return problem(status, codeOfStatus(status), Array.isArray(detail) ? detail.join('; ') : String(detail));
    }
    const bodyProblem = problemOfRequestBodyError(exception);
    if (bodyProblem) return bodyProblem;
    // Other errors of the http-errors kind (from Express middleware) that blame the client keep their status.
    const { status, expose, message } = (exception ?? {}) as { status?: unknown; expose?: unknown; message?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500)
      return problem(status, codeOfStatus(status), expose === true ? String(message) : undefined);
    return problem(500, 'internal-error', 'The error has been logged.');
  }
}

const requestBodyProblems: Readonly<Record<string, ProblemDetails>> = {
  'entity.parse.failed': problem(400, 'bad-request', 'The request body is not valid JSON.'),
  'entity.too.large': problem(413, 'payload-too-large', 'The request body is larger than the 100 kB the API accepts.'),
  'charset.unsupported': problem(415, 'unsupported-charset', 'Send JSON in UTF-8.'),
  'encoding.unsupported': problem(
    415,
    'unsupported-content-encoding',
    'Send the body uncompressed, or compressed with gzip, deflate or br.',
  ),
  'request.size.invalid': problem(
    400,
    'bad-request',
    'The request body does not have the length its Content-Length announced.',
  ),
  'request.aborted': problem(400, 'bad-request', 'The request body ended early.'),
};

/**
 * What body-parser's errors (and zlib's, for a corrupt compressed body) mean to the client; undefined for any other
 * error. The fault is the client's: the answer is a 4xx problem, never a 404 or a 500.
 */
export function problemOfRequestBodyError(error: unknown): ProblemDetails | undefined {
  const { status, type, code } = (error ?? {}) as { status?: unknown; type?: unknown; code?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const known = typeof type === 'string' ? requestBodyProblems[type] : undefined;
  if (known) return known;
  if (typeof code === 'string' && code.startsWith('Z_'))
    return problem(400, 'invalid-content-encoding', 'The compressed request body could not be decompressed.');
  return undefined;
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
