import { once } from 'node:events';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import * as ExcelJS from 'exceljs';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CurrentUser, ProjectionsService, ReadsProjections } from '@lexport/shared-platform';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { exportMattersQuery } from '@lexport/matters-published';
import type { MatterKind, MatterStatus } from '@lexport/matters-published';
import { Inject } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { MatterAccess } from '../list-matters/matter-access';
import { matterQuery } from '../list-matters/matter-criteria';
import { mattersProjection } from '../list-matters/matters.projection';
import type { MatterDocument } from '../list-matters/matters.projection';
import { MatterNames } from '../list-matters/matter-names';

class ExportMattersParameters extends createZodDto(exportMattersQuery) {}

type Language = 'en' | 'fr';

const headings: Readonly<Record<Language, readonly string[]>> = {
  en: [
    'Reference',
    'Subject',
    'Type',
    'Kind',
    'Practice area',
    'Status',
    'Requester',
    'Organization',
    'Assignee',
    'Requested',
    'Last activity',
  ],
  fr: [
    'Référence',
    'Objet',
    'Type',
    'Nature',
    'Domaine',
    'Statut',
    'Demandeur',
    'Organisation',
    'Responsable',
    'Demandé le',
    'Dernière activité',
  ],
};
const widths = [16, 42, 32, 10, 22, 14, 24, 24, 24, 18, 18];
const kinds: Readonly<Record<Language, Readonly<Record<MatterKind, string>>>> = {
  en: { matter: 'Matter', case: 'Case' },
  fr: { matter: 'Dossier', case: 'Contentieux' },
};
const statuses: Readonly<Record<Language, Readonly<Record<MatterStatus, string>>>> = {
  en: { open: 'Open', 'in-progress': 'In progress', 'on-hold': 'On hold', closed: 'Closed' },
  fr: { open: 'Ouvert', 'in-progress': 'En cours', 'on-hold': 'En attente', closed: 'Clos' },
};
const fileNames: Readonly<Record<Language, string>> = { en: 'matters', fr: 'dossiers' };

/** Read-store pages while writing: small enough to keep memory flat, large enough to keep queries few. */
const pageSize = 1000;

@ApiTags('matters')
@Controller('matters')
export class ExportMattersController {
  constructor(
    private readonly projections: ProjectionsService,
    private readonly access: MatterAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('export')
  @ReadsProjections(mattersProjection.name)
  @ApiOperation({ summary: 'The list as the same search and filters show it, every page, as an Excel workbook' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(
    @Query() query: ExportMattersParameters,
    @CurrentUser() user: AuthenticatedUser,
    @Res() response: Response,
  ): Promise<void> {
    const { language: asked, position: _position, ...filters } = query;
    const language: Language = asked ?? (user.language === 'fr' ? 'fr' : 'en');
    const reader = this.projections.reader(mattersProjection.name);
    const criteria = matterQuery(filters, await this.access.visibleTo(user));
    const today = this.clock.now().toISOString().slice(0, 10);
    response
      .status(200)
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader('content-disposition', contentDisposition(`${fileNames[language]}-${today}.xlsx`))
      .setHeader('cache-control', 'private, no-store');

    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: response, useStyles: true });
    const sheet = workbook.addWorksheet(language === 'fr' ? 'Dossiers' : 'Matters', {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = (headings[language] ?? []).map((header, index) => ({ header, width: widths[index] ?? 16 }));
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EAF0' } };
    header.commit();
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: widths.length } };

    const names = new MatterNames(reader);
    for (let offset = 0; ; offset += pageSize) {
      const page = await reader.find<MatterDocument>('matters', { ...criteria, limit: pageSize, offset });
      for (const matter of page.items) {
        const row = sheet.addRow([
          matter.reference,
          matter.subject,
          matter.requestTypeName[language],
          kinds[language][matter.kind],
          (await names.practiceArea(matter.practiceAreaId))?.name[language] ?? '',
          statuses[language][matter.status],
          matter.requesterName,
          (await names.organization(matter.organizationId))?.name ?? '',
          (await names.person(matter.assigneeId))?.name ?? '',
          new Date(matter.requestedAt),
          new Date(matter.lastActivityAt),
        ]);
        for (const column of [10, 11]) row.getCell(column).numFmt = 'yyyy-mm-dd hh:mm';
        row.commit();
      }
      // The writer does not wait for the response: wait here when the client reads slower than rows are made.
      if (response.writableNeedDrain) await once(response, 'drain');
      if (page.items.length < pageSize || response.destroyed) break;
    }
    sheet.commit();
    await workbook.commit();
  }
}
