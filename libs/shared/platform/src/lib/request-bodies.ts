import { json } from 'express';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { problem, problemOfRequestBodyError } from './problem-details.filter';
import type { ProblemDetails } from '@lexport/shared-published';
import { takesRawBody } from './attachments/raw-bodies';

/** Nest's default; every body the API takes is a small JSON document. */
export const requestBodyLimit = '100kb';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function hasBody(request: Request): boolean {
  return request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
}

export function sendProblem(request: Request, response: Parameters<RequestHandler>[1], body: ProblemDetails): void {
  response
    .status(body.status)
    .type('application/problem+json')
    .send(JSON.stringify({ ...body, instance: request.originalUrl }));
}

/**
 * A state-changing request carries JSON or nothing. An HTML form on another site can post urlencoded, multipart and
 * plain-text bodies without asking the browser's permission (no CORS preflight); JSON it cannot, so refusing the rest
 * closes cross-site form posts, sign-in included, whatever the cookies say.
 */
const jsonOnly: RequestHandler = (request, response, next) => {
  if (takesRawBody(request)) {
    rawBytesOnly(request, response, next);
    return;
  }
  if (safeMethods.has(request.method) || !hasBody(request) || request.is('application/json')) {
    next();
    return;
  }
  sendProblem(request, response, problem(415, 'unsupported-media-type', 'Send the request body as application/json.'));
};

/**
 * An attachment's upload is the file's bytes, streamed to the blob store as they arrive (the JSON parser skips them),
 * as `application/octet-stream` and nothing else: a form on another site cannot send that type without the browser
 * asking the portal first (a CORS preflight, never granted), so the guarantee against cross-site posts holds there too.
 */
const rawBytesOnly: RequestHandler = (request, response, next) => {
  if (!hasBody(request) || request.is('application/octet-stream')) {
    next();
    return;
  }
  sendProblem(
    request,
    response,
    problem(415, 'unsupported-media-type', 'Send the file itself as the body, as application/octet-stream.'),
  );
};

/**
 * Body-parser failures answered here, as problem details, before any route or the static file server (which would
 * answer 404) sees the request.
 */
const bodyErrors: ErrorRequestHandler = (error: unknown, request, response, next) => {
  const body = problemOfRequestBodyError(error);
  if (!body || response.headersSent) {
    next(error);
    return;
  }
  sendProblem(request, response, body);
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that are not UTF-8 would be stored as U+FFFD, silently changing what was typed: refuse them instead. */
function mustBeUtf8(_request: unknown, _response: unknown, body: Buffer): void {
  try {
    strictUtf8.decode(body);
  } catch {
    throw Object.assign(new Error('The request body is not valid UTF-8.'), {
      status: 400,
      statusCode: 400,
      expose: true,
      type: 'encoding.invalid',
    });
  }
}

/** Replaces Nest's body parsers (JSON and urlencoded) with one JSON parser; create the app with `bodyParser: false`. */
export function jsonRequestBodies(): Array<RequestHandler | ErrorRequestHandler> {
  return [jsonOnly, json({ limit: requestBodyLimit, verify: mustBeUtf8 }), bodyErrors];
}
