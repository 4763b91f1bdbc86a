export {
  defaultLockoutPolicy,
  invitationMustBeValid,
  isLocked,
  mustBeActive,
  mustBeInvited,
  reasonLoginIsRefused,
  resetMustBePending,
  roles,
  rolesMustFit,
  userDecider,
  userMustBeNew,
  userMustExist,
  userStreamName,
} from './lib/user';
export type { LockoutPolicy, Role, UserCommand, UserEvent, UserState } from './lib/user';
export { emailClaimDecider } from './lib/email-claim';
export type { EmailClaimCommand, EmailClaimEvent, EmailClaimState } from './lib/email-claim';
