import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { CommandMetadata, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { categoryIdParams, commandAccepted, renameCategoryRequest } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { RenameCategoryCommand } from './rename-category.handler';

class RenameCategoryBody extends createZodDto(renameCategoryRequest) {}
class CategoryIdParams extends createZodDto(categoryIdParams) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/categories')
export class RenameCategoryController {
  constructor(private readonly commands: CommandBus) {}

  @Put(':categoryId/name')
  @ApiOperation({ summary: 'Legal staff rename a request category' })
  @ApiOkResponse({ type: CommandAcceptedBody })
  @ApiNotFoundResponse({ description: 'No such category (category-not-found)' })
  @ApiConflictResponse({ description: 'Another category already has this name (category-name-taken)' })
  rename(
    @Param() params: CategoryIdParams,
    @Body() body: RenameCategoryBody,
    @CommandMetadata() context: CommandContext,
  ): Promise<CommandAccepted> {
    return this.commands.execute(
      new RenameCategoryCommand({ categoryId: params.categoryId, name: body.name }, context),
    );
  }
}
