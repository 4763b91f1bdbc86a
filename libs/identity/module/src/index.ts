export { hashPassword, passwordLimits, passwordProblems, unknownUserHash, verifyPassword } from './lib/credentials/passwords';
export type { PasswordProblem } from './lib/credentials/passwords';
export { hashToken, isWellFormedToken, newToken } from './lib/credentials/tokens';
