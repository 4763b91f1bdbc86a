import { Query } from '@nestjs/cqrs';

/** What an emailed link (its account and its token) is worth now. */
export abstract class LinkStatusQuery<View> extends Query<View> {
  constructor(
    readonly userId: string,
    readonly token: string,
  ) {
    super();
  }
}
