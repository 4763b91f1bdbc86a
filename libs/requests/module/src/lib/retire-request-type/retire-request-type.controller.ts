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

/** Retiring hides a type from the catalogue; requests made with it stay as they are. */
@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/types')
export class RetireRequestTypeController {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':requestTypeId/retire')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide a request type from the catalogue (its requests are untouched)' })
  @ApiOkResponse({ type: CommandAcceptedBody })
  retire(@Param() { requestTypeId }: RequestTypeIdParams, @CommandMetadata() context: CommandContext) {
    return this.run(requestTypeId, 'RetireRequestType', context);
  }

  @Post(':requestTypeId/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Offer a retired request type again' })
  @ApiOkResponse({ type: CommandAcceptedBody })
  reinstate(@Param() { requestTypeId }: RequestTypeIdParams, @CommandMetadata() context: CommandContext) {
    return this.run(requestTypeId, 'ReinstateRequestType', context);
  }

  private async run(
    requestTypeId: string,
    type: 'RetireRequestType' | 'ReinstateRequestType',
    context: CommandContext,
  ): Promise<CommandAccepted> {
    const outcome = await this.executor.execute(
      requestTypeDecider,
      requestTypeStreamName(requestTypeId),
      { type, data: { requestTypeId, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: requestTypeId, revision: outcome.revision, position: outcome.position };
  }
}
