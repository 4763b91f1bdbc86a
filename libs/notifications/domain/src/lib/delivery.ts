import { assertNever } from '@lexport/shared-ddd';

/**
 * The life of one email in the outbox. Each entry is keyed by (source event, recipient, template), so the same
 * email is never queued twice; an attempt ends in one of three outcomes.
 */
export type OutboxEntryState =
  | {
      readonly status: 'pending';
      readonly attempts: number;
      readonly nextAttemptAt: string;
      readonly lastError?: string;
    }
  | { readonly status: 'sent'; readonly attempts: number; readonly sentAt: string }
  | { readonly status: 'failed'; readonly attempts: number; readonly failedAt: string; readonly lastError: string };

export type DeliveryOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'failed-temporarily'; readonly reason: string }
  | { readonly kind: 'rejected-permanently'; readonly reason: string };

export interface DeliveryPolicy {
  /** Attempts before a temporarily failing email is given up and shown to operators as failed. */
  readonly maxAttempts: number;
  readonly firstRetryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

export const defaultDeliveryPolicy: DeliveryPolicy = {
  maxAttempts: 8,
  firstRetryDelayMs: 15_000,
  maxRetryDelayMs: 3_600_000,
};

export function queued(at: Date): OutboxEntryState {
  return { status: 'pending', attempts: 0, nextAttemptAt: at.toISOString() };
}

export function isDue(state: OutboxEntryState, now: Date): boolean {
  return state.status === 'pending' && Date.parse(state.nextAttemptAt) <= now.getTime();
}

/** Exponential back-off: first delay, doubled per attempt, capped. */
export function retryDelayMs(attempts: number, policy: DeliveryPolicy): number {
  return Math.min(policy.maxRetryDelayMs, policy.firstRetryDelayMs * 2 ** Math.max(0, attempts - 1));
}

export function mayRetry(attempts: number, policy: DeliveryPolicy): boolean {
  return attempts < policy.maxAttempts;
}

export function afterAttempt(
  state: OutboxEntryState,
  outcome: DeliveryOutcome,
  now: Date,
  policy: DeliveryPolicy,
): OutboxEntryState {
  if (state.status !== 'pending') return state;
  const attempts = state.attempts + 1;
  switch (outcome.kind) {
    case 'accepted':
      return { status: 'sent', attempts, sentAt: now.toISOString() };
    case 'rejected-permanently':
      return { status: 'failed', attempts, failedAt: now.toISOString(), lastError: outcome.reason };
    case 'failed-temporarily':
      if (!mayRetry(attempts, policy))
        return { status: 'failed', attempts, failedAt: now.toISOString(), lastError: outcome.reason };
      return {
        status: 'pending',
        attempts,
        nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)).toISOString(),
        lastError: outcome.reason,
      };
    default:
      return assertNever(outcome, 'delivery outcome');
  }
}

/** An operator's retry of a failed email: queued again now, with a fresh budget of attempts. */
export function retriedByOperator(state: OutboxEntryState, now: Date): OutboxEntryState {
  if (state.status !== 'failed') return state;
  return { status: 'pending', attempts: 0, nextAttemptAt: now.toISOString(), lastError: state.lastError };
}

/** SMTP replies: 5xx is final, 4xx and connection trouble are worth another try. */
export function classifySmtpFailure(responseCode: number | undefined, message: string): DeliveryOutcome {
  if (responseCode !== undefined && responseCode >= 500 && responseCode < 600)
    return { kind: 'rejected-permanently', reason: message };
  return { kind: 'failed-temporarily', reason: message };
}
