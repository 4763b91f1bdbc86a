export {
  hashPassword,
  passwordLimits,
  passwordProblems,
  unknownUserHash,
  verifyPassword,
} from './lib/credentials/passwords';
export type { PasswordProblem } from './lib/credentials/passwords';
export { hashToken, isWellFormedToken, newToken } from './lib/credentials/tokens';
export { IdentityModule } from './lib/identity.module';
export {
  demoLogins,
  demoOrganizations,
  demoPassword,
  demoUserOf,
  IdentityDemoData,
} from './lib/users/identity-demo-data';
export type { DemoLogin } from './lib/users/identity-demo-data';
export { emailClaimStreamName } from './lib/users/user-accounts';
export { identityEmails } from './lib/notifications/identity-emails';
export { identityInAppNotices } from './lib/notifications/identity-in-app-notices';
