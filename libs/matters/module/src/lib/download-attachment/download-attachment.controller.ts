import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '@lexport/shared-ddd';
import { Attachments, CurrentUser, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { matterAttachmentParams } from '@lexport/matters-published';
import { createZodDto } from 'nestjs-zod';
import { MatterAccess } from '../list-matters/matter-access';
import { mattersProjection } from '../list-matters/matters.projection';

class MatterAttachmentParams extends createZodDto(matterAttachmentParams) {}

@ApiTags('matters')
@Controller('matters')
export class DownloadAttachmentController {
  constructor(
    private readonly access: MatterAccess,
    private readonly attachments: Attachments,
  ) {}

  @Get(':matterId/attachments/:attachmentId')
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'Download a file of a matter or case (authorized like the matter; ranges supported)' })
  async download(
    @Param() { matterId, attachmentId }: MatterAttachmentParams,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const matter = await this.access.readable(user, matterId);
    const attachment = this.access.filesFor(user, matter).find((candidate) => candidate.attachmentId === attachmentId);
    if (!attachment)
      throw new DomainError('attachment-not-found', 'not-found', 'This matter has no such file', { attachmentId });
    await this.attachments.sendFile(response, request, attachment);
  }
}
