export { realEngine, describeWithRealEngine } from './lib/real-engines';
export type { RealEngine, RealEngineAvailability, StartedEngine } from './lib/real-engines';
export { temporaryDirectory } from './lib/temp';
export { startSmtpServer } from './lib/smtp';
export type { SmtpRefusal, TestSmtpServer } from './lib/smtp';
export { projectionSpec } from './lib/projection-spec';
export type { ExpectedDocuments, GivenEvent } from './lib/projection-spec';
