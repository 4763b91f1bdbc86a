import type { AccountAction as PublishedAccountAction, UserStatus } from '@lexport/identity-published';
import { accountActions as publishedAccountActions, userStatuses } from '@lexport/identity-published';
import type { AccountAction, UserState } from '@lexport/identity-domain';
import { accountActions } from '@lexport/identity-domain';

/** True only when A and B are the same type (not merely assignable one way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Checked by the type-checker (nx typecheck): the published language says exactly what the domain decides.
const actionsMatch: Same<AccountAction, PublishedAccountAction> = true;
const statusesMatch: Same<Exclude<UserState['status'], 'none'>, UserStatus> = true;

describe("identity's published language", () => {
  it('lists the same account actions and statuses as the domain, in the same order', () => {
    expect([actionsMatch, statusesMatch]).toEqual([true, true]);
    expect(publishedAccountActions).toEqual(accountActions);
    expect([...userStatuses].sort()).toEqual(['active', 'awaiting-approval', 'deactivated', 'invitation-revoked', 'invited', 'sign-up-declined', 'unverified']);
  });
});
