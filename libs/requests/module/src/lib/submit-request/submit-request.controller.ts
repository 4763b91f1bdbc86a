import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import { CommandMetadata, CurrentUser, RequireRoles } from '@lexport/shared-platform';
import type { AuthenticatedUser, CommandContext } from '@lexport/shared-platform';
import { submitRequestRequest } from '@lexport/requests-published';
import type { SubmissionAccepted } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { SubmitRequestCommand } from './submit-request.handler';

class SubmitRequestBody extends createZodDto(submitRequestRequest) {}

@ApiTags('requests')
@RequireRoles('client')
@Controller('requests/submissions')
export class SubmitRequestController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({
    summary: 'A client submits a request: its answers are checked against the form version, and a matter or case opens',
  })
  @ApiHeader({
    name: idempotencyKeyHeader,
    required: false,
    description: 'Retrying with the same key never submits twice',
  })
  @ApiCreatedResponse({ description: 'The request id, its reference and the position to read it at' })
  submit(
    @Body() body: SubmitRequestBody,
    @CurrentUser() requester: AuthenticatedUser,
    @CommandMetadata() context: CommandContext,
  ): Promise<SubmissionAccepted> {
    return this.commands.execute(new SubmitRequestCommand(body, requester, context));
  }
}
