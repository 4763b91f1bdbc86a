export { realEngine, describeWithRealEngine } from './lib/real-engines';
export type { RealEngine, RealEngineAvailability, StartedEngine } from './lib/real-engines';
export { temporaryDirectory } from './lib/temp';
export { startSmtpServer } from './lib/smtp';
export type { SmtpRefusal, TestSmtpServer } from './lib/smtp';
export {
  builtPortal,
  call as callPortal,
  fetchOrSay,
  freePort,
  kill,
  portalWentAway,
  signInTo,
  startPortal,
} from './lib/portal-process';
export type { Portal, Session } from './lib/portal-process';
