import { Module } from '@nestjs/common';
import { registerEventSourcing } from '@lexport/shared-platform';
import { AddNoteController } from './add-note/add-note.controller';
import { ListNotesController } from './list-notes/list-notes.controller';
import { DownloadAttachmentController } from './download-attachment/download-attachment.controller';
import { ExportMattersController } from './export-matters/export-matters.controller';
import { ListMattersController } from './list-matters/list-matters.controller';
import { MatterAccess } from './list-matters/matter-access';
import { mattersProjection } from './list-matters/matters.projection';
import { openMatterForSubmission } from './open-matter/open-matter.workflow';

@Module({
  // The export's fixed path comes before the list's `:matterId`.
  controllers: [
    ExportMattersController,
    ListMattersController,
    DownloadAttachmentController,
    AddNoteController,
    ListNotesController,
  ],
  providers: [
    registerEventSourcing({ projections: [mattersProjection], workflows: [openMatterForSubmission] }),
    MatterAccess,
  ],
})
export class MattersModule {}
