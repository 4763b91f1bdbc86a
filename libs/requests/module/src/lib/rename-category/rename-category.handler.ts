import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { categoryDecider, categoryMustExist, categoryStreamName } from '@lexport/requests-domain';
import { CategoryNames } from '../category-names/category-names';

export class RenameCategoryCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: { readonly categoryId: string; readonly name: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** Claims the new name before renaming; the previous name is given back by the releasePreviousCategoryName workflow. */
@CommandHandler(RenameCategoryCommand)
export class RenameCategoryHandler implements ICommandHandler<RenameCategoryCommand, CommandAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly names: CategoryNames,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: RenameCategoryCommand): Promise<CommandAccepted> {
    const stream = categoryStreamName(input.categoryId);
    categoryMustExist((await this.executor.aggregateStream(categoryDecider, stream)).state, input.categoryId);
    const at = this.clock.now().toISOString();
    await this.names.claim(input.name, input.categoryId, at, context);
    const outcome = await this.executor.execute(
      categoryDecider,
      stream,
      { type: 'RenameCategory', data: { categoryId: input.categoryId, name: input.name, at } },
      context,
    );
    return { id: input.categoryId, revision: outcome.revision, position: outcome.position };
  }
}
