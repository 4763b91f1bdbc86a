import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import type { Clock } from '@lexport/shared-ddd';
import { BlobTooLargeError } from '@lexport/shared-blobstore';
import type { BlobRange, BlobStore } from '@lexport/shared-blobstore';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import type { ReadModelDocument, ReadStore } from '@lexport/shared-readstore';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { idCreatedBy } from '../command-context';
import type { CommandContext } from '../command-context';
import type { LexportConfig } from '../config';
import { problem } from '../problem-details.filter';
import { sendProblem } from '../request-bodies';
import { CLOCK, LEXPORT_CONFIG, READ_STORE } from '../tokens';
import { attachmentTooLarge, attachmentTypeNotAllowed } from './attachment-problems';
import { AttachmentTypeNotAllowed, ContentSniffer } from './content-type';

export const BLOB_STORE = Symbol('BlobStore');

/** Uploads not yet attached to anything: durable state written by the upload route, never rebuilt from events. */
export const attachmentUploadsCollection = 'attachments_uploads';

/** What a download needs to know of a file, once the caller has decided the reader may have it. */
export interface AttachmentFile {
  readonly sha256: string;
  readonly name: string;
  readonly contentType: string;
  readonly size: number;
}

export interface PendingUpload extends AttachmentFile, ReadModelDocument {
  readonly id: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

/** The answer to an upload: what a command that attaches it names (`attachmentId`) and what a page shows. */
export interface UploadedAttachment {
  readonly attachmentId: string;
  readonly name: string;
  readonly size: number;
  readonly contentType: string;
  readonly sha256: string;
}

/**
 * Attachments for every context: uploads streamed into the blob store (size limit, type told by the content), kept
 * as pending uploads of their uploader until a context's command attaches them (`pendingUpload`), and downloads
 * (`sendFile`) that the calling context has already authorized.
 */
@Injectable()
export class Attachments implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LEXPORT_CONFIG) private readonly config: LexportConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.readStore.ensureCollection(attachmentUploadsCollection, { indexes: ['uploadedBy', 'uploadedAt'] });
    await this.blobs.open();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.blobs.close();
  }

  /**
   * Streams the request's body into the blob store and records it as a pending upload of `uploadedBy`. The id derives
   * from the command (its Idempotency-Key): a retry of the same upload answers the first one; the key reused for
   * other content is refused. Too large → 413, a type not accepted → 415, and nothing is kept of either.
   */
  async upload(
    request: Request,
    file: { readonly name: string; readonly uploadedBy: string; readonly context: CommandContext },
  ): Promise<UploadedAttachment> {
    const maxBytes = this.config.attachmentMaxBytes;
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) throw attachmentTooLarge(maxBytes);
    const sniffer = new ContentSniffer();
    const stored = await this.blobs.write(observed(bodyOf(request), sniffer), { maxBytes }).catch((error: unknown) => {
      if (error instanceof BlobTooLargeError) throw attachmentTooLarge(maxBytes);
      if (error instanceof AttachmentTypeNotAllowed) throw attachmentTypeNotAllowed(error.reason);
      throw error;
    });
    let contentType: string;
    try {
      contentType = await sniffer.contentType(stored.size, file.name, (start, end) =>
        bytesOf(this.blobs.read(stored.sha256, { start, end })),
      );
    } catch (error) {
      if (!(error instanceof AttachmentTypeNotAllowed)) throw error;
      // The same bytes are always refused, so no accepted upload can share this blob.
      await this.blobs.delete(stored.sha256);
      throw attachmentTypeNotAllowed(error.reason);
    }
    const upload: PendingUpload = {
      id: idCreatedBy(file.context, 'attachment'),
      sha256: stored.sha256,
      size: stored.size,
      contentType,
      name: file.name,
      uploadedBy: file.uploadedBy,
      uploadedAt: this.clock.now().toISOString(),
    };
    const recorded = await this.readStore.transaction(async (writer) => {
      const first = await writer.get<PendingUpload>(attachmentUploadsCollection, upload.id);
      if (first) return first;
      await writer.upsert(attachmentUploadsCollection, upload);
      return upload;
    });
    if (recorded.sha256 !== upload.sha256 || recorded.name !== upload.name) {
      throw new DomainError(
        'idempotency-key-reused',
        'invalid',
        'This Idempotency-Key was already used for another file; use a new key for a new upload.',
        { header: idempotencyKeyHeader },
      );
    }
    return {
      attachmentId: recorded.id,
      name: recorded.name,
      size: recorded.size,
      contentType: recorded.contentType,
      sha256: recorded.sha256,
    };
  }

  /** The upload if `userId` made it; undefined for anyone else, as if it did not exist. */
  async pendingUpload(attachmentId: string, userId: string): Promise<PendingUpload | undefined> {
    if (!uuidPattern.test(attachmentId)) return undefined;
    const upload = await this.readStore.get<PendingUpload>(attachmentUploadsCollection, attachmentId);
    return upload?.uploadedBy === userId ? upload : undefined;
  }

  /**
   * Streams a stored file as a download: never shown inline nor sniffed, never cached, one byte range on request
   * (206, or 416 when it lies outside the file), at the pace the client reads. The caller has checked that the reader
   * may have it. Resolves when the file is sent, or the client went away (the read is then stopped).
   */
  async sendFile(response: Response, request: Request, file: AttachmentFile): Promise<void> {
    const stored = await this.blobs.stat(file.sha256);
    if (!stored) throw new NotFoundException('This file is no longer stored.');
    const size = stored.size;
    const etag = `"${file.sha256}"`;
    const range = requestedRange(request, size, etag);
    if (range === 'unsatisfiable') {
      response.setHeader('Content-Range', `bytes */${size}`);
      sendProblem(
        request,
        response,
        problem(416, 'range-not-satisfiable', `The file has ${size} bytes; ask for a range within them.`, {
          title: 'The range is outside the file',
        }),
      );
      return;
    }
    response.status(range ? 206 : 200);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Length', String(range ? range.end - range.start + 1 : size));
    if (range) response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    response.setHeader(
      'Content-Disposition',
      contentDisposition(file.name, { type: 'attachment', fallback: asciiFallback(file.name) }),
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Legal documents: no copy in a shared computer's cache or a proxy's, and nothing a browser would render or run.
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('ETag', etag);
    if (request.method === 'HEAD' || size === 0) {
      response.end();
      return;
    }
    try {
      await pipeline(this.blobs.read(file.sha256, range), response);
    } catch (error) {
      if (!response.headersSent) {
        for (const header of ['Content-Disposition', 'Content-Length', 'Content-Range', 'ETag'])
          response.removeHeader(header);
        throw error;
      }
      // Past the headers there is no answer left to give: a cut connection tells the client the file is incomplete.
      response.destroy();
    }
  }
}

/**
 * The `filename=` for clients that ignore `filename*=` (RFC 6266): accents dropped (`résilié` → `resilie`) rather
 * than the library's question marks, anything else outside ASCII an underscore.
 */
function asciiFallback(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/gu, '_');
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The one byte range asked for, undefined for the whole file (no Range, a malformed one, several ranges, or an
 * If-Range naming another version), or `unsatisfiable`.
 */
function requestedRange(request: Request, size: number, etag: string): BlobRange | 'unsatisfiable' | undefined {
  if (request.headers.range === undefined) return undefined;
  const ifRange = request.headers['if-range'];
  if (ifRange !== undefined && ifRange !== etag) return undefined;
  const ranges = request.range(size, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  if (ranges === undefined || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  const [range] = ranges;
  return range;
}

/**
 * The request's body as a stream the blob store may stop reading without destroying the request itself: the
 * connection must live on to carry the 413 or 415 answer. A client that goes away fails the stream.
 */
function bodyOf(request: Request): PassThrough {
  const body = new PassThrough();
  // Shaped like body-parser's error for the same event, so that it is a 400 and not a logged server error.
  const abort = () =>
    body.destroy(Object.assign(new Error('The request body ended early.'), { status: 400, type: 'request.aborted' }));
  request.on('error', abort);
  request.on('close', () => {
    if (!request.complete) abort();
  });
  request.pipe(body);
  return body;
}

/** Shows each chunk to the sniffer on its way to the store: a type refused midway stops the upload there. */
async function* observed(content: AsyncIterable<Buffer>, sniffer: ContentSniffer): AsyncGenerator<Buffer> {
  for await (const chunk of content) {
    sniffer.observe(chunk);
    yield chunk;
  }
}

async function bytesOf(stream: AsyncIterable<Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}
