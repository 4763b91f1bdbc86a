export {
  defaultLockoutPolicy,
  recipientOf,
  roles,
  userEventsGivenTheirId,
  userIdOfStream,
  userStreamName,
} from './lib/user/user-model';
export type { LockoutPolicy, Role, UserCommand, UserCommandOf, UserEvent, UserState } from './lib/user/user-model';
export {
  accountHasLetGoOfItsAddress,
  invitationMustBeValid,
  isLocked,
  mustAwaitApproval,
  mustBeActive,
  mustBeInvited,
  mustBeUnverified,
  reasonLoginIsRefused,
  resetMustBePending,
  rolesMustFit,
  userMustBeNew,
  userMustExist,
  verificationMustBeValid,
} from './lib/user/user-rules';
export { userDecider } from './lib/user/user-decider';
export { emailClaimDecider } from './lib/email-claim';
export type { EmailClaimCommand, EmailClaimEvent, EmailClaimState } from './lib/email-claim';
export {
  decideOrganization,
  domainClaimDecider,
  domainClaimStreamName,
  normalizeEmailDomains,
  organizationDecider,
  organizationHoldsDomain,
  organizationIdOfStream,
  organizationMustExist,
  organizationStreamName,
  requestVisibilities,
} from './lib/organization';
export type {
  DomainClaimCommand,
  DomainClaimEvent,
  DomainClaimState,
  OrganizationCommand,
  OrganizationEvent,
  OrganizationState,
  RequestVisibility,
} from './lib/organization';
export {
  admitSignUp,
  defaultSignUpPolicy,
  signUpModes,
  signUpMustBeAdmitted,
  signUpPolicyDecider,
  signUpPolicyStreamName,
} from './lib/sign-up-policy';
export type {
  SignUpAdmission,
  SignUpMode,
  SignUpPolicy,
  SignUpPolicyCommand,
  SignUpPolicyEvent,
} from './lib/sign-up-policy';
export {
  accountActions,
  actionsOnAccount,
  adminMayNotDeactivateThemselves,
  adminMayNotDropOwnAdminRole,
} from './lib/user/account-actions';
export type { AccountAction } from './lib/user/account-actions';
