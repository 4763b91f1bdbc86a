import { Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, CommandMetadata, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { requestTypeDecider, requestTypeStreamName } from '@lexport/requests-domain';
import { commandAccepted, requestTypeIdParams } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';

class RequestTypeIdParams extends createZodDto(requestTypeIdParams) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/types')
export class PublishRequestTypeController {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':requestTypeId/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Publish the form draft as the next version: new requests use it, earlier ones keep theirs',
  })
  @ApiOkResponse({ type: CommandAcceptedBody })
  async publish(
    @Param() { requestTypeId }: RequestTypeIdParams,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const outcome = await this.executor.execute(
      requestTypeDecider,
      requestTypeStreamName(requestTypeId),
      { type: 'PublishForm', data: { requestTypeId, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: requestTypeId, revision: outcome.revision, position: outcome.position };
  }
}
