import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, CommandMetadata, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { requestTypeDecider, requestTypeStreamName } from '@lexport/requests-domain';
import {
  changeRequestTypeRequest,
  commandAccepted,
  requestTypeIdParams,
  saveFormDraftRequest,
} from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { RequestTypeReferences } from '../request-types/request-type-references';

class ChangeRequestTypeBody extends createZodDto(changeRequestTypeRequest) {}
class SaveFormDraftBody extends createZodDto(saveFormDraftRequest) {}
class RequestTypeIdParams extends createZodDto(requestTypeIdParams) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

/** Editing a request type: its details apply at once; its form changes only in the draft until published. */
@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/types')
export class EditRequestTypeController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: RequestTypeReferences,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put(':requestTypeId')
  @ApiOperation({ summary: "Change a request type's names, category, practice area, assignee or subject field" })
  @ApiOkResponse({ type: CommandAcceptedBody })
  async change(
    @Param() { requestTypeId }: RequestTypeIdParams,
    @Body() body: ChangeRequestTypeBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    await this.references.mustExist(body);
    const outcome = await this.executor.execute(
      requestTypeDecider,
      requestTypeStreamName(requestTypeId),
      { type: 'ChangeRequestTypeDetails', data: { requestTypeId, ...body, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: requestTypeId, revision: outcome.revision, position: outcome.position };
  }

  @Put(':requestTypeId/draft')
  @ApiOperation({ summary: 'Save the form draft (clients keep seeing the published version until it is published)' })
  @ApiOkResponse({ type: CommandAcceptedBody })
  async saveDraft(
    @Param() { requestTypeId }: RequestTypeIdParams,
    @Body() body: SaveFormDraftBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const outcome = await this.executor.execute(
      requestTypeDecider,
      requestTypeStreamName(requestTypeId),
      { type: 'SaveFormDraft', data: { requestTypeId, form: body.form, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: requestTypeId, revision: outcome.revision, position: outcome.position };
  }
}
