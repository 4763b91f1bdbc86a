export { afterAttempt, classifySmtpFailure, defaultDeliveryPolicy, isDue, mayRetry, queued, retriedByOperator, retryDelayMs } from './lib/delivery';
export type { DeliveryOutcome, DeliveryPolicy, OutboxEntryState } from './lib/delivery';
