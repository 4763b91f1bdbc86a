import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { SignUpPolicyView } from '@lexport/identity-published';
import { Organizations } from '../organizations/organizations';

export class SignUpPolicyQuery extends Query<SignUpPolicyView> {}

/** Read from its stream, not a projection: the sign-in page must not offer a sign-up an admin just closed. */
@QueryHandler(SignUpPolicyQuery)
export class SignUpPolicyHandler implements IQueryHandler<SignUpPolicyQuery, SignUpPolicyView> {
  constructor(private readonly organizations: Organizations) {}

  execute(): Promise<SignUpPolicyView> {
    return this.organizations.signUpPolicy();
  }
}
