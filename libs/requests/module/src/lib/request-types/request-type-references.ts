import { Injectable } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import { CommandExecutor } from '@lexport/shared-platform';
import { LegalTeam } from '../legal-team/legal-team';
import {
  categoryDecider,
  categoryMustExist,
  categoryStreamName,
  practiceAreaDecider,
  practiceAreaMustExist,
  practiceAreaStreamName,
} from '@lexport/requests-domain';

/** The body names something that does not exist: the request is wrong (422 at its field), not the URL (404). */
function asInvalidField(check: () => unknown, field: string): void {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError)
      throw new DomainError(error.code, 'invalid', error.message, { ...error.details, field });
    throw error;
  }
}

/**
 * A request type names a category, a practice area and perhaps a default assignee: they must exist (and the
 * assignee be on the legal team) when it is created or changed.
 */
@Injectable()
export class RequestTypeReferences {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly legalTeam: LegalTeam,
  ) {}

  async mustExist(details: {
    readonly categoryId: string;
    readonly practiceAreaId: string;
    readonly defaultAssigneeId?: string | null | undefined;
  }): Promise<void> {
    if (details.defaultAssigneeId)
      await this.legalTeam.mustAllBeOnTeam([details.defaultAssigneeId], 'defaultAssigneeId', true);
    const [category, practiceArea] = await Promise.all([
      this.executor.aggregateStream(categoryDecider, categoryStreamName(details.categoryId)),
      this.executor.aggregateStream(practiceAreaDecider, practiceAreaStreamName(details.practiceAreaId)),
    ]);
    asInvalidField(() => categoryMustExist(category.state, details.categoryId), 'categoryId');
    asInvalidField(() => practiceAreaMustExist(practiceArea.state, details.practiceAreaId), 'practiceAreaId');
  }
}
