import { Controller, Get, HttpCode, NotFoundException, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { DomainError } from '@lexport/shared-ddd';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import type { Request, Response } from 'express';
import { CurrentUser } from '../access';
import type { AuthenticatedUser } from '../access';
import { CommandMetadata } from '../command-context';
import type { CommandContext } from '../command-context';
import { InvalidHeaderException } from '../errors';
import { AttachmentProblemsFilter } from './attachment-problems';
import { Attachments } from './attachments';
import type { UploadedAttachment } from './attachments';
import { cleanFileName, decodeFileNameHeader } from './file-name';
import { attachmentsPath } from './raw-bodies';

/** The file's name travels beside its bytes, percent-encoded UTF-8 (`encodeURIComponent(file.name)`). */
export const fileNameHeader = 'x-file-name';

/**
 * Uploading a file before a command attaches it (any signed-in person; the session guard and its XSRF check apply as
 * everywhere), and fetching one's own pending upload back. Downloads of attached files go through the context that
 * owns them, which checks the reader and calls `Attachments.sendFile`.
 */
@ApiTags('attachments')
@UseFilters(AttachmentProblemsFilter)
@Controller(attachmentsPath)
export class AttachmentsController {
  constructor(private readonly attachments: Attachments) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Upload a file (its raw bytes) to attach to a request or a matter afterwards' })
  @ApiConsumes('application/octet-stream')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiHeader({ name: fileNameHeader, required: false, description: 'The file name, percent-encoded UTF-8' })
  @ApiHeader({ name: idempotencyKeyHeader, required: false, description: 'A retried upload gives the same id' })
  @ApiCreatedResponse({ description: '{ attachmentId, name, size, contentType, sha256 }' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than ATTACHMENT_MAX_MB (problem code attachment-too-large)' })
  @ApiUnsupportedMediaTypeResponse({
    description: 'Not a PDF, Office, OpenDocument, image or UTF-8 text file (problem code attachment-type-not-allowed)',
  })
  upload(
    @Req() request: Request,
    @CurrentUser() user: AuthenticatedUser | null,
    @CommandMetadata() context: CommandContext,
  ): Promise<UploadedAttachment> {
    const name = decodeFileNameHeader(request.header(fileNameHeader));
    if (name === undefined) throw new InvalidHeaderException(fileNameHeader, 'must be percent-encoded UTF-8');
    return this.attachments.upload(request, { name: cleanFileName(name), uploadedBy: signedIn(user).id, context });
  }

  @Get(':attachmentId')
  @ApiOperation({ summary: 'The uploader downloads a file they uploaded and have not attached yet' })
  @ApiOkResponse({ description: 'The file, as an attachment; one byte range on request (206)' })
  async download(
    @Param('attachmentId') attachmentId: string,
    @CurrentUser() user: AuthenticatedUser | null,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const upload = await this.attachments.pendingUpload(attachmentId, signedIn(user).id);
    if (!upload) throw new NotFoundException('No such upload of yours.');
    await this.attachments.sendFile(response, request, upload);
  }
}

/** The session guard lets no one without a session reach these routes; this says so to the type checker. */
function signedIn(user: AuthenticatedUser | null): AuthenticatedUser {
  if (!user) throw new DomainError('unauthenticated', 'unauthenticated', 'Sign in to continue.');
  return user;
}
