import { afterAttempt, classifySmtpFailure, isDue, queued, retriedByOperator } from './delivery';
import type { DeliveryPolicy, OutboxEntryState } from './delivery';

const policy: DeliveryPolicy = { maxAttempts: 3, firstRetryDelayMs: 1000, maxRetryDelayMs: 3000 };
const t0 = new Date('2026-11-27T10:00:00.000Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('email delivery', () => {
  it('is due as soon as it is queued', () => {
    expect(isDue(queued(t0), t0)).toBe(true);
  });

  it('is sent when the server accepts it, and not due any more', () => {
    const sent = afterAttempt(queued(t0), { kind: 'accepted' }, at(5), policy);
    expect(sent).toEqual({ status: 'sent', attempts: 1, sentAt: at(5).toISOString() });
    expect(isDue(sent, at(10_000))).toBe(false);
  });

  it('backs off exponentially on temporary failures, capped, then gives up', () => {
    let state: OutboxEntryState = queued(t0);
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const now = at(attempt * 10_000);
      state = afterAttempt(state, { kind: 'failed-temporarily', reason: '451 try later' }, now, policy);
      if (state.status === 'pending') delays.push(Date.parse(state.nextAttemptAt) - now.getTime());
    }
    expect(delays).toEqual([1000, 2000]);
    expect(state).toMatchObject({ status: 'failed', attempts: 3, lastError: '451 try later' });
  });

  it('is not due before its retry time', () => {
    const retry = afterAttempt(queued(t0), { kind: 'failed-temporarily', reason: 'timeout' }, t0, policy);
    expect(isDue(retry, at(999))).toBe(false);
    expect(isDue(retry, at(1000))).toBe(true);
  });

  it('fails at once when the server rejects it for good', () => {
    expect(
      afterAttempt(queued(t0), { kind: 'rejected-permanently', reason: '550 no such user' }, t0, policy),
    ).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
  });

  it('reads SMTP codes: 5xx final, 4xx and network errors temporary', () => {
    expect(classifySmtpFailure(550, 'no such user').kind).toBe('rejected-permanently');
    expect(classifySmtpFailure(451, 'greylisted').kind).toBe('failed-temporarily');
    expect(classifySmtpFailure(undefined, 'ECONNREFUSED').kind).toBe('failed-temporarily');
  });

  it('lets an operator queue a failed email again', () => {
    const failed = afterAttempt(queued(t0), { kind: 'rejected-permanently', reason: 'x' }, t0, policy);
    expect(retriedByOperator(failed, at(50))).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: at(50).toISOString(),
    });
  });
});
