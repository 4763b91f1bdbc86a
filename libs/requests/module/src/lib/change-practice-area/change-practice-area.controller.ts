import { Body, Controller, Inject, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, CommandMetadata, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { practiceAreaDecider, practiceAreaStreamName } from '@lexport/requests-domain';
import { changePracticeAreaRequest, commandAccepted, practiceAreaIdParams } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { LegalTeam } from '../legal-team/legal-team';

class ChangePracticeAreaBody extends createZodDto(changePracticeAreaRequest) {}
class PracticeAreaIdParams extends createZodDto(practiceAreaIdParams) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/practice-areas')
export class ChangePracticeAreaController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly legalTeam: LegalTeam,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Put(':practiceAreaId')
  @ApiOperation({ summary: 'Legal staff rename a practice area or change its team' })
  @ApiOkResponse({ type: CommandAcceptedBody })
  async change(
    @Param() params: PracticeAreaIdParams,
    @Body() body: ChangePracticeAreaBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const { practiceAreaId } = params;
    await this.legalTeam.mustAllBeOnTeam(body.memberIds, 'memberIds');
    const outcome = await this.executor.execute(
      practiceAreaDecider,
      practiceAreaStreamName(practiceAreaId),
      {
        type: 'ChangePracticeArea',
        data: { practiceAreaId, name: body.name, memberIds: body.memberIds, at: this.clock.now().toISOString() },
      },
      context,
    );
    return { id: practiceAreaId, revision: outcome.revision, position: outcome.position };
  }
}
