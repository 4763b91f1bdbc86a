import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { catalogueDecider, catalogueStreamName } from '@lexport/requests-domain';
import { catalogueId } from '../catalogue';

export class RenameCategoryCommand extends Command<CommandAccepted> {
  constructor(
    readonly input: { readonly categoryId: string; readonly name: string },
    readonly context: CommandContext,
  ) {
    super();
  }
}

@CommandHandler(RenameCategoryCommand)
export class RenameCategoryHandler implements ICommandHandler<RenameCategoryCommand, CommandAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: RenameCategoryCommand): Promise<CommandAccepted> {
    const outcome = await this.executor.execute(
      catalogueDecider,
      catalogueStreamName(catalogueId),
      { type: 'RenameCategory', data: { categoryId: input.categoryId, name: input.name, at: this.clock.now().toISOString() } },
      context,
    );
    return { id: input.categoryId, revision: outcome.revision, position: outcome.position };
  }
}
