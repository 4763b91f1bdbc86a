import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { claimWithTakeover, CommandExecutor, followUpOf } from '@lexport/shared-platform';
import type { CommandContext } from '@lexport/shared-platform';
import {
  categoryDecider,
  categoryHasLetGoOfName,
  categoryNameClaimDecider,
  categoryNameKey,
  categoryStreamName,
} from '@lexport/requests-domain';

export const categoryNameStreamName = (name: string) =>
  `request-category-name-${createHash('sha256').update(categoryNameKey(name)).digest('hex').slice(0, 40)}`;

/** Category names, one category each, through a claim stream per name (see claimWithTakeover for crashes and renames). */
@Injectable()
export class CategoryNames {
  constructor(private readonly executor: CommandExecutor) {}

  claim(name: string, categoryId: string, at: string, context: CommandContext): Promise<void> {
    const stream = categoryNameStreamName(name);
    return claimWithTakeover({
      claim: () =>
        this.executor.execute(
          categoryNameClaimDecider,
          stream,
          { type: 'ClaimCategoryName', data: { categoryId, at } },
          context,
        ),
      takenCode: 'category-name-taken',
      holder: async () => {
        const { state } = await this.executor.aggregateStream(categoryNameClaimDecider, stream);
        return state.status === 'claimed' ? state.holder : null;
      },
      holderHasLetGo: async (holder) => {
        await this.executor.execute(
          categoryDecider,
          categoryStreamName(holder),
          { type: 'AbandonUnfinishedCategory', data: { at } },
          followUpOf(context, `abandon/${holder}`),
        );
        const { state } = await this.executor.aggregateStream(categoryDecider, categoryStreamName(holder));
        return categoryHasLetGoOfName(state, categoryNameKey(name));
      },
      release: (holder) => this.release(name, holder, at, followUpOf(context, `release/${holder}`)),
    });
  }

  release(name: string, categoryId: string, at: string, context: CommandContext) {
    return this.executor.execute(
      categoryNameClaimDecider,
      categoryNameStreamName(name),
      { type: 'ReleaseCategoryName', data: { categoryId, at } },
      context,
    );
  }
}
