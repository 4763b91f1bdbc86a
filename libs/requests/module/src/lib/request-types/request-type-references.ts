import { Injectable } from '@nestjs/common';
import { DomainError } from '@lexport/shared-ddd';
import { CommandExecutor } from '@lexport/shared-platform';
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

/** A request type names a category and a practice area; both must exist when it is created or changed. */
@Injectable()
export class RequestTypeReferences {
  constructor(private readonly executor: CommandExecutor) {}

  async mustExist(details: { readonly categoryId: string; readonly practiceAreaId: string }): Promise<void> {
    const [category, practiceArea] = await Promise.all([
      this.executor.aggregateStream(categoryDecider, categoryStreamName(details.categoryId)),
      this.executor.aggregateStream(practiceAreaDecider, practiceAreaStreamName(details.practiceAreaId)),
    ]);
    asInvalidField(() => categoryMustExist(category.state, details.categoryId), 'categoryId');
    asInvalidField(() => practiceAreaMustExist(practiceArea.state, details.practiceAreaId), 'practiceAreaId');
  }
}
