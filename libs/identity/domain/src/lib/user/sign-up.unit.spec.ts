import { fold, given } from '@lexport/shared-ddd';
import { domainClaimDecider, organizationDecider } from '../organization';
import { admitSignUp, signUpPolicyDecider } from '../sign-up-policy';
import { userDecider } from './user-decider';
import { reasonLoginIsRefused } from './user-rules';
import type { UserEvent } from './user-model';

const at = '2026-11-27T10:00:00.000Z';
const minutesLater = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();
const spec = given(userDecider);

const signUp = {
  userId: 'u9',
  email: 'nina@initech.test',
  name: 'Nina Rossi',
  language: 'en',
  organizationName: 'Initech',
  organizationId: null,
  approvalRequired: true,
  verificationId: 'v-1',
  expiresAt: minutesLater(24 * 60),
};
const signedUp: UserEvent = { type: 'UserSignedUp', data: { ...signUp, signedUpAt: at } };
const recipient = { email: 'nina@initech.test', name: 'Nina Rossi', language: 'en' };
const verified: UserEvent = {
  type: 'EmailVerified',
  data: {
    userId: 'u9',
    ...recipient,
    organizationId: null,
    organizationName: 'Initech',
    approvalRequired: true,
    verifiedAt: minutesLater(3),
  },
};

describe('signing up', () => {
  it('records a sign-up with the address in lower case, as a client waiting for email verification', () => {
    spec([])
      .when({ type: 'SignUp', data: { ...signUp, email: 'Nina@Initech.test', at } })
      .then([signedUp]);
    expect(fold(userDecider, [signedUp])).toMatchObject({ status: 'unverified', roles: ['client'] });
  });

  it('cannot sign up over an existing account', () => {
    spec([signedUp])
      .when({ type: 'SignUp', data: { ...signUp, at } })
      .thenThrows('user-already-exists');
  });

  it('verifies the address with the latest link before it expires', () => {
    spec([signedUp])
      .when({ type: 'VerifyEmail', data: { verificationId: 'v-1', at: minutesLater(3) } })
      .then([verified]);
  });

  it('refuses an expired, a replaced and a used link', () => {
    spec([signedUp])
      .when({ type: 'VerifyEmail', data: { verificationId: 'v-1', at: minutesLater(24 * 60) } })
      .thenThrows('verification-expired');
    const resent: UserEvent = {
      type: 'VerificationEmailResent',
      data: {
        userId: 'u9',
        ...recipient,
        verificationId: 'v-2',
        expiresAt: minutesLater(48 * 60),
        resentAt: minutesLater(1),
      },
    };
    spec([signedUp, resent])
      .when({ type: 'VerifyEmail', data: { verificationId: 'v-1', at: minutesLater(2) } })
      .thenThrows('verification-replaced');
    spec([signedUp, verified])
      .when({ type: 'VerifyEmail', data: { verificationId: 'v-1', at: minutesLater(4) } })
      .thenThrows('email-already-verified');
  });

  it('resends the verification with a new link, only while unverified', () => {
    spec([signedUp])
      .when({
        type: 'ResendVerification',
        data: { verificationId: 'v-2', expiresAt: minutesLater(60), at: minutesLater(1) },
      })
      .then([
        {
          type: 'VerificationEmailResent',
          data: {
            userId: 'u9',
            ...recipient,
            verificationId: 'v-2',
            expiresAt: minutesLater(60),
            resentAt: minutesLater(1),
          },
        },
      ]);
    spec([signedUp, verified])
      .when({ type: 'ResendVerification', data: { verificationId: 'v-2', expiresAt: minutesLater(60), at } })
      .thenThrows('email-already-verified');
  });

  it('activates at once when no approval is needed', () => {
    const direct: UserEvent = {
      type: 'UserSignedUp',
      data: { ...signUp, organizationId: 'initech', approvalRequired: false, signedUpAt: at },
    };
    const state = fold(userDecider, [
      direct,
      {
        type: 'EmailVerified',
        data: {
          userId: 'u9',
          ...recipient,
          organizationId: 'initech',
          organizationName: 'Initech',
          approvalRequired: false,
          verifiedAt: at,
        },
      },
    ]);
    expect(state).toMatchObject({ status: 'active', organizationId: 'initech' });
    expect(reasonLoginIsRefused(state, at)).toBeNull();
  });

  it('keeps a verified account closed until an admin approves it into an organization', () => {
    expect(reasonLoginIsRefused(fold(userDecider, [signedUp]), at)).toBe('not-verified');
    expect(reasonLoginIsRefused(fold(userDecider, [signedUp, verified]), at)).toBe('awaiting-approval');
    const approved: UserEvent = {
      type: 'SignUpApproved',
      data: { userId: 'u9', ...recipient, organizationId: 'initech', by: 'admin-1', approvedAt: minutesLater(10) },
    };
    spec([signedUp, verified])
      .when({ type: 'ApproveSignUp', data: { organizationId: 'initech', by: 'admin-1', at: minutesLater(10) } })
      .then([approved]);
    const state = fold(userDecider, [signedUp, verified, approved]);
    expect(state).toMatchObject({ status: 'active', organizationId: 'initech', roles: ['client'] });
    spec([signedUp])
      .when({ type: 'ApproveSignUp', data: { organizationId: 'initech', by: 'admin-1', at } })
      .thenThrows('sign-up-not-awaiting-approval');
  });

  it('declines a sign-up once; a declined account cannot sign in', () => {
    const declined: UserEvent = {
      type: 'SignUpDeclined',
      data: { userId: 'u9', by: 'admin-1', declinedAt: minutesLater(10) },
    };
    spec([signedUp, verified])
      .when({ type: 'DeclineSignUp', data: { by: 'admin-1', at: minutesLater(10) } })
      .then([declined]);
    spec([signedUp, verified, declined])
      .when({ type: 'DeclineSignUp', data: { by: 'admin-1', at: minutesLater(11) } })
      .then([]);
    expect(reasonLoginIsRefused(fold(userDecider, [signedUp, verified, declined]), at)).toBe('not-activated');
  });

  it('tells the owner of an existing account that someone tried to sign up with it', () => {
    spec([signedUp])
      .when({ type: 'RecordSignUpAttempt', data: { at } })
      .then([{ type: 'SignUpAttempted', data: { userId: 'u9', ...recipient, attemptedAt: at } }]);
  });
});

describe('the sign-up policy', () => {
  it.each([
    ['disabled', false, 'acme', { admitted: false, reason: 'sign-up-disabled' }],
    ['allowed-domains', false, null, { admitted: false, reason: 'email-domain-not-allowed' }],
    ['allowed-domains', false, 'acme', { admitted: true, organizationId: 'acme', approvalRequired: false }],
    ['allowed-domains', true, 'acme', { admitted: true, organizationId: 'acme', approvalRequired: true }],
    ['open', false, 'acme', { admitted: true, organizationId: 'acme', approvalRequired: false }],
    ['open', false, null, { admitted: true, organizationId: null, approvalRequired: true }],
  ] as const)('%s (approval %s) for an address of organization %s', (mode, requireApproval, organization, expected) => {
    expect(admitSignUp({ mode, requireApproval }, organization)).toEqual(expected);
  });

  it('is closed until the legal team opens it, and records only real changes', () => {
    given(signUpPolicyDecider)([])
      .when({ type: 'ChangeSignUpPolicy', data: { mode: 'disabled', requireApproval: true, by: 'a', at } })
      .then([]);
    given(signUpPolicyDecider)([])
      .when({ type: 'ChangeSignUpPolicy', data: { mode: 'open', requireApproval: true, by: 'a', at } })
      .then([{ type: 'SignUpPolicyChanged', data: { mode: 'open', requireApproval: true, by: 'a', changedAt: at } }]);
  });
});

describe('client organizations', () => {
  const create = {
    organizationId: 'acme',
    name: ' Acme Industries ',
    emailDomains: ['@ACME.com', 'acme.com', 'acme.fr'],
    requestVisibility: 'organization' as const,
    by: 'a',
    at,
  };
  const created = {
    type: 'OrganizationCreated' as const,
    data: {
      organizationId: 'acme',
      name: 'Acme Industries',
      emailDomains: ['acme.com', 'acme.fr'],
      requestVisibility: 'organization' as const,
      by: 'a',
      createdAt: at,
    },
  };

  it('creates an organization with normalized email domains', () => {
    given(organizationDecider)([]).when({ type: 'CreateOrganization', data: create }).then([created]);
  });

  it('refuses a missing name, a malformed domain and a second creation', () => {
    given(organizationDecider)([])
      .when({ type: 'CreateOrganization', data: { ...create, name: '  ' } })
      .thenThrows('organization-name-required');
    given(organizationDecider)([])
      .when({ type: 'CreateOrganization', data: { ...create, emailDomains: ['not a domain'] } })
      .thenThrows('email-domain-invalid');
    given(organizationDecider)([created])
      .when({ type: 'CreateOrganization', data: create })
      .thenThrows('organization-already-exists');
  });

  it('narrows what its clients see to their own requests, and records nothing when nothing changes', () => {
    const update = { name: 'Acme Industries', emailDomains: ['acme.com', 'acme.fr'], by: 'a', at };
    given(organizationDecider)([created])
      .when({ type: 'UpdateOrganization', data: { ...update, requestVisibility: 'organization' } })
      .then([]);
    given(organizationDecider)([created])
      .when({ type: 'UpdateOrganization', data: { ...update, requestVisibility: 'own' } })
      .then([
        {
          type: 'OrganizationUpdated',
          data: {
            name: 'Acme Industries',
            emailDomains: ['acme.com', 'acme.fr'],
            requestVisibility: 'own',
            organizationId: 'acme',
            by: 'a',
            updatedAt: at,
          },
        },
      ]);
    given(organizationDecider)([])
      .when({ type: 'UpdateOrganization', data: { ...update, requestVisibility: 'own' } })
      .thenThrows('organization-not-found');
  });
});

describe('email domain claims', () => {
  const claimed = { type: 'EmailDomainClaimed' as const, data: { organizationId: 'acme', claimedAt: at } };

  it('gives a domain to one organization only, again to the same one without a new event', () => {
    given(domainClaimDecider)([])
      .when({ type: 'ClaimEmailDomain', data: { organizationId: 'acme', at } })
      .then([claimed]);
    given(domainClaimDecider)([claimed])
      .when({ type: 'ClaimEmailDomain', data: { organizationId: 'acme', at } })
      .then([]);
    given(domainClaimDecider)([claimed])
      .when({ type: 'ClaimEmailDomain', data: { organizationId: 'globex', at } })
      .thenThrows('email-domain-taken');
  });

  it('is released only by its owner', () => {
    given(domainClaimDecider)([claimed])
      .when({ type: 'ReleaseEmailDomain', data: { organizationId: 'globex', at } })
      .then([]);
    given(domainClaimDecider)([claimed])
      .when({ type: 'ReleaseEmailDomain', data: { organizationId: 'acme', at } })
      .then([{ type: 'EmailDomainReleased', data: { organizationId: 'acme', releasedAt: at } }]);
  });
});
