import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CommandAccepted } from '@lexport/shared-published';
import { idempotencyKeyHeader } from '@lexport/shared-published';
import { CommandMetadata, RequireRoles } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { commandAccepted, createCategoryRequest } from '@lexport/requests-published';
import { createZodDto } from 'nestjs-zod';
import { CreateCategoryCommand } from './create-category.handler';

class CreateCategoryBody extends createZodDto(createCategoryRequest) {}
class CommandAcceptedBody extends createZodDto(commandAccepted) {}

@ApiTags('requests')
@RequireRoles('staff', 'admin')
@Controller('requests/categories')
export class CreateCategoryController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Legal staff add a request category to the catalogue clients choose from' })
  @ApiHeader({
    name: idempotencyKeyHeader,
    required: false,
    description: 'Retrying with the same key never creates twice',
  })
  @ApiCreatedResponse({ type: CommandAcceptedBody })
  @ApiConflictResponse({ description: 'Another category already has this name (problem code category-name-taken)' })
  create(@Body() body: CreateCategoryBody, @CommandMetadata() context: CommandContext): Promise<CommandAccepted> {
    return this.commands.execute(new CreateCategoryCommand(body, context));
  }
}
