export {
  accountHasLetGoOfItsAddress,
  defaultLockoutPolicy,
  invitationMustBeValid,
  isLocked,
  mustBeActive,
  mustAwaitApproval,
  mustBeInvited,
  mustBeUnverified,
  reasonLoginIsRefused,
  resetMustBePending,
  roles,
  rolesMustFit,
  userDecider,
  userMustBeNew,
  userMustExist,
  userIdOfStream,
  userStreamName,
  verificationMustBeValid,
} from './lib/user';
export type { LockoutPolicy, Role, UserCommand, UserEvent, UserState } from './lib/user';
export { emailClaimDecider } from './lib/email-claim';
export type { EmailClaimCommand, EmailClaimEvent, EmailClaimState } from './lib/email-claim';
export { decideOrganization, domainClaimDecider, domainClaimStreamName, normalizeEmailDomains, organizationDecider, organizationHoldsDomain, organizationIdOfStream, organizationMustExist, organizationStreamName, requestVisibilities } from './lib/organization';
export type { DomainClaimCommand, DomainClaimEvent, DomainClaimState, OrganizationCommand, OrganizationEvent, OrganizationState, RequestVisibility } from './lib/organization';
export { admitSignUp, defaultSignUpPolicy, signUpModes, signUpMustBeAdmitted, signUpPolicyDecider, signUpPolicyStreamName } from './lib/sign-up-policy';
export type { SignUpAdmission, SignUpMode, SignUpPolicy, SignUpPolicyCommand, SignUpPolicyEvent } from './lib/sign-up-policy';
export { accountActions, actionsOnAccount, adminMayNotDeactivateThemselves, adminMayNotDropOwnAdminRole } from './lib/account-actions';
export type { AccountAction } from './lib/account-actions';
