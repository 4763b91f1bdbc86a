export { ReadYourWrites, readYourWritesInterceptor } from './lib/read-your-writes';
export { placeFieldErrors, problemMessageKey, problemMessageKeys, sharedMessageCodes, toProblem } from './lib/problem';
export type { Problem } from './lib/problem';
export {
  adminGuard,
  developmentMailboxGuard,
  SessionStore,
  sessionExpiredInterceptor,
  signedInGuard,
  staffGuard,
} from './lib/session';
