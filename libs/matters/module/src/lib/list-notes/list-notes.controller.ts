import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, ProjectionsService, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { matterIdParams } from '@lexport/matters-published';
import type { NoteView } from '@lexport/matters-published';
import { createZodDto } from 'nestjs-zod';
import { isStaff, MatterAccess } from '../list-matters/matter-access';
import { mattersProjection } from '../list-matters/matters.projection';
import type { NoteDocument } from '../list-matters/matters.projection';

class MatterIdParams extends createZodDto(matterIdParams) {}

/** The conversation of a matter, oldest first; a client never receives an internal note. */
@ApiTags('matters')
@Controller('matters')
export class ListNotesController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly access: MatterAccess,
  ) {}

  @Get(':matterId/notes')
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'The notes of a matter or case, oldest first (internal ones for the legal team only)' })
  async list(@Param() { matterId }: MatterIdParams, @CurrentUser() user: AuthenticatedUser): Promise<NoteView[]> {
    await this.access.readable(user, matterId);
    const page = await this.projections.reader(mattersProjection.name).find<NoteDocument>('matter_notes', {
      where: { matterId, ...(isStaff(user) ? {} : { internal: false }) },
      sort: [{ field: 'addedAt', direction: 'asc' }],
      limit: 1000,
    });
    return page.items.map((note) => ({
      id: note.id,
      body: note.body,
      internal: note.internal,
      author: { id: note.authorId, name: note.authorName, side: note.side },
      attachments: note.attachments.map(({ sha256: _sha256, ...file }) => file),
      addedAt: note.addedAt,
    }));
  }
}
