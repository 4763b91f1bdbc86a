import { Inject } from '@nestjs/common';
import { Command, CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor, idCreatedBy } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import { catalogueDecider, catalogueStreamName } from '@lexport/requests-domain';
import type { CatalogueEvent } from '@lexport/requests-domain';
import { catalogueId } from '../catalogue';

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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: CreateCategoryCommand): Promise<CommandAccepted> {
    const categoryId = input.categoryId ?? idCreatedBy(context, 'category');
    const outcome = await this.executor.execute(
      catalogueDecider,
      catalogueStreamName(catalogueId),
      { type: 'CreateCategory', data: { categoryId, name: input.name, description: input.description, at: this.clock.now().toISOString() } },
      context,
    );
    const created = outcome.events.find((event): event is Extract<CatalogueEvent, { type: 'CategoryCreated' }> => event.type === 'CategoryCreated');
    return { id: created?.data.categoryId ?? categoryId, revision: outcome.revision, position: outcome.position };
  }
}
