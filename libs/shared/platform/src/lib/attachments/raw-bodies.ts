import type { Request } from 'express';

/** The controller's path; the global prefix is `apiPrefix` (application.ts), not imported here to avoid a cycle. */
export const attachmentsPath = 'attachments';
const uploadPath = `/api/${attachmentsPath}`;

/**
 * The one route whose body is a file's raw bytes, streamed to the blob store as they arrive: no body parser may read
 * it first. Express matches routes case-insensitively and with or without a trailing slash, so this does too.
 */
export function takesRawBody(request: Request): boolean {
  return request.method === 'POST' && request.path.toLowerCase().replace(/\/+$/, '') === uploadPath;
}
