import { Catch, Inject, Injectable } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter } from '@nestjs/common';
import type { ProblemDetails } from '@lexport/shared-published';
import type { Request, Response } from 'express';
import type { LexportConfig } from '../config';
import { LEXPORT_CONFIG } from '../tokens';
import { problem, ProblemDetailsFilter } from '../problem-details.filter';
import { sendProblem } from '../request-bodies';

/**
 * An upload refused for what it is (too large, a type not accepted). `status` and `expose` make it a client error to
 * the rest of the platform (the idempotency interceptor frees the key); the filter below answers its problem.
 */
export class AttachmentRefused extends Error {
  readonly expose = true;
  readonly status: number;

  constructor(readonly problem: ProblemDetails) {
    super(problem.detail);
    this.name = 'AttachmentRefused';
    this.status = problem.status;
  }
}

export function attachmentTooLarge(maxBytes: number): AttachmentRefused {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  return new AttachmentRefused(
    problem(413, 'attachment-too-large', `The file is larger than the ${megabytes} MB an attachment may have.`, {
      maxBytes,
    }),
  );
}

export function attachmentTypeNotAllowed(reason: string): AttachmentRefused {
  return new AttachmentRefused(
    problem(
      415,
      'attachment-type-not-allowed',
      `This kind of file is not accepted: ${reason}. Send a PDF, Word, Excel, PowerPoint, OpenDocument text or ` +
        'spreadsheet, PNG, JPEG, GIF, WebP or plain text file.',
    ),
  );
}

/** How long the rest of a refused body may take to arrive before the connection is cut. */
const drainTimeoutMs = 10_000;

/**
 * After an answer given before the body was read to its end (refused, or a guard said no): reads and drops what the
 * client still sends, so that it reads the answer rather than a reset connection, up to `maxBytes` and a few
 * seconds; past either, the connection is closed. Nothing of it is kept.
 */
export function discardRestOfBody(request: Request, response: Response, maxBytes: number): void {
  if (request.complete || request.destroyed) return;
  request.unpipe();
  let discarded = 0;
  let cutting = false;
  const cut = () => {
    if (cutting) return;
    cutting = true;
    clearTimeout(timer);
    request.pause();
    // The answer first: destroying the socket drops whatever it has not written yet.
    const destroy = () => request.socket.destroy();
    if (response.writableFinished) destroy();
    else {
      response.once('finish', destroy);
      setTimeout(destroy, drainTimeoutMs).unref();
    }
  };
  const timer = setTimeout(cut, drainTimeoutMs);
  timer.unref();
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > maxBytes) cut();
  });
  request.once('close', () => clearTimeout(timer));
  request.resume();
}

/**
 * The attachments routes' problems: the upload refusals with their own codes, everything else as the platform's
 * filter answers it; either way the unread rest of an upload is drained or cut.
 */
@Injectable()
@Catch()
export class AttachmentProblemsFilter implements ExceptionFilter {
  private readonly platform = new ProblemDetailsFilter();

  constructor(@Inject(LEXPORT_CONFIG) private readonly config: LexportConfig) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    discardRestOfBody(request, response, this.config.attachmentMaxBytes);
    if (!(exception instanceof AttachmentRefused)) {
      this.platform.catch(exception, host);
      return;
    }
    if (!response.headersSent) sendProblem(request, response, exception.problem);
  }
}
