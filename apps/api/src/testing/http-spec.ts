import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual, inspect } from 'node:util';
import type { Response } from 'supertest';
import type { EventStore, RecordedEvent } from '@lexport/shared-eventstore';
import { EVENT_STORE } from '@lexport/shared-platform';
import type { TestServer } from './test-server';

export interface GivenEvent {
  readonly streamName: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** An expected event: its stream (or a pattern), type, and the fields of its data that matter to the test. */
export interface ExpectedEvent {
  readonly streamName?: string | RegExp;
  readonly type: string;
  readonly data?: Record<string, unknown>;
}

/**
 * Handler specifications over HTTP, against the real portal and its embedded store:
 *   await httpSpec(server).given([UserInvited]).when(() => admin.delete(`/api/identity/users/${id}/invitation`)).then([InvitationRevoked])
 *   …thenProblem(409, 'invitation-already-used')      …thenNothingHappened()
 * `then` compares the events the request appended (in order) with the expected ones; a problem or "nothing" also
 * checks that nothing was appended. Given events are appended as they are, with schema version 1 metadata.
 */
export function httpSpec(server: TestServer) {
  const events = server.app.get<EventStore>(EVENT_STORE);
  return {
    given: (history: readonly GivenEvent[]) => ({
      when: (request: () => PromiseLike<Response>) => {
        const run = async () => {
          for (const event of history) {
            const id = randomUUID();
            await events.appendToStream(event.streamName, [
              {
                id,
                type: event.type,
                data: event.data,
                metadata: {
                  actor: 'spec',
                  correlationId: 'spec',
                  causationId: id,
                  occurredAt: new Date().toISOString(),
                  schemaVersion: 1,
                },
              },
            ]);
          }
          const before = await events.headPosition();
          const response = await request();
          // Workflows react on their own lanes, at their own pace: only what the request itself wrote is its outcome.
          const appended = (await appendedAfter(events, before)).filter(
            (event) => !event.metadata.actor.startsWith('system:'),
          );
          return { response, appended };
        };
        return {
          async then(expected: readonly ExpectedEvent[]): Promise<Response> {
            const { response, appended } = await run();
            if (response.status >= 400)
              throw new Error(`Expected events but the request answered ${response.status} ${inspect(response.body)}`);
            const mismatch = describeMismatch(appended, expected);
            if (mismatch) throw new Error(mismatch);
            return response;
          },
          async thenProblem(status: number, code: string): Promise<Response> {
            const { response, appended } = await run();
            if (response.status !== status || response.body?.code !== code) {
              throw new Error(
                `Expected problem ${status} ${code} but the request answered ${response.status} ${inspect(response.body)}`,
              );
            }
            if (appended.length > 0)
              throw new Error(`Expected nothing appended with the problem, but got ${inspect(appended.map(summary))}`);
            return response;
          },
          async thenNothingHappened(): Promise<Response> {
            const { response, appended } = await run();
            if (response.status >= 400)
              throw new Error(`Expected success but the request answered ${response.status} ${inspect(response.body)}`);
            if (appended.length > 0)
              throw new Error(`Expected nothing appended, but got ${inspect(appended.map(summary))}`);
            return response;
          },
        };
      },
    }),
  };
}

async function appendedAfter(events: EventStore, position: number): Promise<RecordedEvent[]> {
  const appended: RecordedEvent[] = [];
  for (let after = position; ;) {
    const page = await events.readAll({ after, maxCount: 500 });
    if (page.length === 0) return appended;
    appended.push(...page);
    after = page[page.length - 1]?.position ?? after;
  }
}

const summary = (event: RecordedEvent) => ({ streamName: event.streamName, type: event.type, data: event.data });

function describeMismatch(appended: readonly RecordedEvent[], expected: readonly ExpectedEvent[]): string | null {
  const fits = (event: RecordedEvent, wanted: ExpectedEvent) =>
    event.type === wanted.type &&
    (wanted.streamName === undefined ||
      (typeof wanted.streamName === 'string'
        ? event.streamName === wanted.streamName
        : wanted.streamName.test(event.streamName))) &&
    Object.entries(wanted.data ?? {}).every(([field, value]) =>
      isDeepStrictEqual(
        JSON.parse(JSON.stringify((event.data as Record<string, unknown>)[field] ?? null)),
        JSON.parse(JSON.stringify(value)),
      ),
    );
  if (
    appended.length === expected.length &&
    appended.every((event, index) => fits(event, expected[index] as ExpectedEvent))
  )
    return null;
  return `Expected the request to append\n${inspect(expected, { depth: 6 })}\nbut it appended\n${inspect(appended.map(summary), { depth: 6 })}`;
}
