import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, CommandMetadata, idCreatedBy, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { requestTypeDecider, requestTypeStreamName } from '@lexport/requests-domain';
import { commandAccepted, createRequestTypeRequest, newFormDraft } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { RequestTypeReferences } from '../request-types/request-type-references';

class CreateRequestTypeBody extends createZodDto(createRequestTypeRequest) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/types')
export class CreateRequestTypeController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly references: RequestTypeReferences,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Legal staff add a request type to a category; its form starts as a draft' })
  @ApiCreatedResponse({ type: CommandAcceptedBody })
  async create(
    @Body() body: CreateRequestTypeBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const { requestTypeId = idCreatedBy(context, 'request-type'), form = newFormDraft, ...details } = body;
    await this.references.mustExist(details);
    const outcome = await this.executor.execute(
      requestTypeDecider,
      requestTypeStreamName(requestTypeId),
      { type: 'CreateRequestType', data: { requestTypeId, ...details, form, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: requestTypeId, revision: outcome.revision, position: outcome.position };
  }
}
