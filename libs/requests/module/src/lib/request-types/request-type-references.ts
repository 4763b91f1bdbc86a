import { Injectable } from '@nestjs/common';
import { CommandExecutor } from '@lexport/shared-platform';
import {
  categoryDecider,
  categoryMustExist,
  categoryStreamName,
  practiceAreaDecider,
  practiceAreaMustExist,
  practiceAreaStreamName,
} from '@lexport/requests-domain';
import { DomainError } from '@lexport/shared-ddd';

/** A request type names a category and a practice area; both must exist when it is created or changed. */
@Injectable()
export class RequestTypeReferences {
  constructor(private readonly executor: CommandExecutor) {}

  async mustExist(details: { readonly categoryId: string; readonly practiceAreaId: string }): Promise<void> {
    const [category, practiceArea] = await Promise.all([
      this.executor.aggregateStream(categoryDecider, categoryStreamName(details.categoryId)),
      this.executor.aggregateStream(practiceAreaDecider, practiceAreaStreamName(details.practiceAreaId)),
    ]);
    try {
      categoryMustExist(category.state, details.categoryId);
    } catch (error) {
      if (error instanceof DomainError)
        throw new DomainError(error.code, 'invalid', error.message, { ...error.details, field: 'categoryId' });
      throw error;
    }
    practiceAreaMustExist(practiceArea.state, details.practiceAreaId);
  }
}
