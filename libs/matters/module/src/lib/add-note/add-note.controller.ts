import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { DomainError } from '@lexport/shared-ddd';
import type { Clock } from '@lexport/shared-ddd';
import {
  Attachments,
  CLOCK,
  CommandExecutor,
  CommandMetadata,
  CurrentUser,
  idCreatedBy,
  ReadsProjections,
} from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { matterDecider, matterStreamName } from '@lexport/matters-domain';
import { addNoteRequest, matterIdParams } from '@lexport/matters-published';
import type { MatterFile } from '@lexport/matters-published';
import { createZodDto } from 'nestjs-zod';
import { isStaff, MatterAccess } from '../list-matters/matter-access';
import { mattersProjection } from '../list-matters/matters.projection';

class AddNoteBody extends createZodDto(addNoteRequest) {}
class MatterIdParams extends createZodDto(matterIdParams) {}

/** A note on a matter, from the client or the legal team, with files; the other side is told. */
@ApiTags('matters')
@Controller('matters')
export class AddNoteController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly access: MatterAccess,
    private readonly attachments: Attachments,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':matterId/notes')
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'Add a note (staff may make it internal: never shown to the client)' })
  @ApiCreatedResponse({ description: 'The note id, and the position to read it at' })
  async add(
    @Param() { matterId }: MatterIdParams,
    @Body() body: AddNoteBody,
    @CurrentUser() user: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.access.readable(user, matterId);
    const files = await Promise.all(
      body.attachmentIds.map((attachmentId) => this.attachments.pendingUpload(attachmentId, user.id)),
    );
    const missing = body.attachmentIds.flatMap((attachmentId, index) =>
      files[index]
        ? []
        : [
            {
              pointer: `/attachmentIds/${index}`,
              field: `attachmentIds.${index}`,
              code: 'attachment-not-found',
              message: 'This file was not uploaded by you, or its upload expired; upload it again',
            },
          ],
    );
    if (missing.length > 0)
      throw new DomainError('attachment-not-found', 'invalid', 'Some files were not found; upload them again', {
        errors: missing,
      });
    const attachments: MatterFile[] = files.flatMap((file) =>
      file
        ? [
            {
              attachmentId: file.id,
              name: file.name,
              size: file.size,
              contentType: file.contentType,
              sha256: file.sha256,
              uploadedBy: file.uploadedBy,
              uploadedAt: file.uploadedAt,
            },
          ]
        : [],
    );
    const noteId = idCreatedBy(context, 'note');
    const outcome = await this.executor.execute(
      matterDecider,
      matterStreamName(matterId),
      {
        type: 'AddNote',
        data: {
          matterId,
          noteId,
          body: body.body,
          internal: body.internal,
          attachments,
          author: { userId: user.id, name: user.name, side: isStaff(user) ? 'legal' : 'client' },
          at: this.clock.now().toISOString(),
        },
      },
      context,
    );
    return { id: noteId, revision: outcome.revision, position: outcome.position };
  }
}
