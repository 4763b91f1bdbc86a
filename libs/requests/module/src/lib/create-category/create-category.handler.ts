import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, idCreatedBy } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { categoryDecider, categoryStreamName } from '@lexport/requests-domain';
import { CategoryNames } from '../category-names/category-names';

export class CreateCategoryCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: { readonly categoryId?: string | undefined; readonly name: string; readonly description: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(CreateCategoryCommand)
export class CreateCategoryHandler implements ICommandHandler<CreateCategoryCommand, CommandAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly names: CategoryNames,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: CreateCategoryCommand): Promise<CommandAccepted> {
    const categoryId = input.categoryId ?? idCreatedBy(context, 'category');
    const at = this.clock.now().toISOString();
    await this.names.claim(input.name, categoryId, at, context);
    const outcome = await this.executor.execute(
      categoryDecider,
      categoryStreamName(categoryId),
      { type: 'CreateCategory', data: { categoryId, name: input.name, description: input.description, at } },
      context,
    );
    return { id: categoryId, revision: outcome.revision, position: outcome.position };
  }
}
