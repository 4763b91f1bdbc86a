import { assertNever, DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * Whether people may create their own client account from the portal's sign-in page. The legal team chooses: nobody
 * (invitations only), anyone, or only addresses at a client organization's email domains. Either way the address is
 * verified first, and new accounts may wait for an admin's approval.
 */
export const signUpModes = ['disabled', 'open', 'allowed-domains'] as const;
export type SignUpMode = (typeof signUpModes)[number];

export interface SignUpPolicy {
  readonly mode: SignUpMode;
  readonly requireApproval: boolean;
}

export const signUpPolicyStreamName = 'identity-sign-up-policy';

export type SignUpPolicyState = SignUpPolicy;
export type SignUpPolicyCommand = {
  readonly type: 'ChangeSignUpPolicy';
  readonly data: SignUpPolicy & { readonly by: string; readonly at: string };
};
export type SignUpPolicyEvent = {
  readonly type: 'SignUpPolicyChanged';
  readonly data: SignUpPolicy & { readonly by: string; readonly changedAt: string };
};

/** A firm that never chose stays closed: invitations only. */
export const defaultSignUpPolicy: SignUpPolicy = { mode: 'disabled', requireApproval: true };

export type SignUpAdmission =
  | { readonly admitted: true; readonly organizationId: string | null; readonly approvalRequired: boolean }
  | { readonly admitted: false; readonly reason: 'sign-up-disabled' | 'email-domain-not-allowed' };

/**
 * Who may sign up, and whether an admin must approve. An address that matches no organization can only be admitted
 * with approval: a client user belongs to an organization, and only an admin can say which.
 */
export function admitSignUp(policy: SignUpPolicy, organizationOfDomain: string | null): SignUpAdmission {
  switch (policy.mode) {
    case 'disabled':
      return { admitted: false, reason: 'sign-up-disabled' };
    case 'allowed-domains':
      if (!organizationOfDomain) return { admitted: false, reason: 'email-domain-not-allowed' };
      return { admitted: true, organizationId: organizationOfDomain, approvalRequired: policy.requireApproval };
    case 'open':
      return {
        admitted: true,
        organizationId: organizationOfDomain,
        approvalRequired: policy.requireApproval || organizationOfDomain === null,
      };
    default:
      return assertNever(policy.mode, 'sign-up mode');
  }
}

export function signUpMustBeAdmitted(admission: SignUpAdmission): Extract<SignUpAdmission, { admitted: true }> {
  if (admission.admitted) return admission;
  if (admission.reason === 'sign-up-disabled')
    throw new DomainError('sign-up-disabled', 'forbidden', 'Sign-up is closed: ask the legal team for an invitation');
  throw new DomainError(
    'email-domain-not-allowed',
    'invalid',
    "Sign-up is open to addresses at client organizations' domains only",
    { field: 'email' },
  );
}

export const signUpPolicyDecider: Decider<SignUpPolicyCommand, SignUpPolicyEvent, SignUpPolicyState> = {
  initialState: () => defaultSignUpPolicy,
  decide(command, state) {
    const { mode, requireApproval, by, at } = command.data;
    if (state.mode === mode && state.requireApproval === requireApproval) return [];
    return [{ type: 'SignUpPolicyChanged', data: { mode, requireApproval, by, changedAt: at } }];
  },
  evolve: (_state, event) => ({ mode: event.data.mode, requireApproval: event.data.requireApproval }),
};
