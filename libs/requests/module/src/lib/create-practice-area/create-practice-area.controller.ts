import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, CommandMetadata, idCreatedBy, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { practiceAreaDecider, practiceAreaStreamName } from '@lexport/requests-domain';
import { commandAccepted, createPracticeAreaRequest } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { LegalTeam } from '../legal-team/legal-team';
import { Inject } from '@nestjs/common';

class CreatePracticeAreaBody extends createZodDto(createPracticeAreaRequest) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/practice-areas')
export class CreatePracticeAreaController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly legalTeam: LegalTeam,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Legal staff add a practice area (Corporate, Litigation…) with its team' })
  @ApiCreatedResponse({ type: CommandAcceptedBody })
  async create(
    @Body() body: CreatePracticeAreaBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    const practiceAreaId = body.practiceAreaId ?? idCreatedBy(context, 'practice-area');
    await this.legalTeam.mustAllBeOnTeam(body.memberIds, 'memberIds');
    const outcome = await this.executor.execute(
      practiceAreaDecider,
      practiceAreaStreamName(practiceAreaId),
      {
        type: 'CreatePracticeArea',
        data: { practiceAreaId, name: body.name, memberIds: body.memberIds, at: this.clock.now().toISOString() },
      },
      context,
    );
    return { id: practiceAreaId, revision: outcome.revision, position: outcome.position };
  }
}
