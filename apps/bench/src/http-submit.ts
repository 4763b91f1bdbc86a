import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { uuidFromName } from '@lexport/shared-platform';
import { builtPortal, callPortal, freePort, kill, signInTo, startPortal } from '@lexport/shared-testing';
import type { Portal, Session } from '@lexport/shared-testing';

const password = 'lantern-harbour-violet-2026';
const employmentQuestion = uuidFromName('demo-data/request-type/employment-question');
const words = ['merger', 'lease', 'trademark', 'dismissal', 'privacy', 'supplier', 'licence', 'tax', 'board', 'claim'];

export interface HttpSubmitResults {
  readonly http_submit_connections: number;
  readonly http_submit_clients: number;
  readonly http_submit_per_s: number;
  readonly http_submit_ms_p50: number;
  readonly http_submit_ms_p99: number;
  readonly catalogue_request_types: number;
  readonly catalogue_search_ms_p50: number;
  readonly catalogue_search_ms_p95: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

const round = (value: number, digits = 0) => Math.round(value * 10 ** digits) / 10 ** digits;

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const body = (await response.json()) as unknown;
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** Staff add request types until the catalogue offers `count` of them (the demo's three included). */
async function fillCatalogue(portal: Portal, staff: Session, count: number): Promise<void> {
  const next = { index: 3 };
  const worker = async () => {
    for (let index = next.index++; index < count; index = next.index++) {
      const word = words[index % words.length] ?? 'matter';
      const created = (await expectStatus(
        await callPortal(portal, staff, 'POST', '/api/requests/types', {
          categoryId: uuidFromName('demo-data/category/Commercial contracts'),
          name: { en: `Bench ${word} request ${index}`, fr: `Demande ${word} banc ${index}` },
          description: { en: `A ${word} question for the legal team`, fr: `Une question ${word} pour les juristes` },
          opens: 'matter',
          practiceAreaId: uuidFromName('demo-data/practice-area/corporate'),
          form: {
            sections: [
              {
                key: 'main',
                title: { en: 'Main', fr: 'Principal' },
                fields: [{ key: 'subject', type: 'short-text', required: true, label: { en: 'Subject', fr: 'Objet' } }],
              },
            ],
          },
        }),
        201,
        'create a request type',
      )) as { id: string };
      await expectStatus(
        await callPortal(portal, staff, 'POST', `/api/requests/types/${created.id}/publish`),
        200,
        'publish a request type',
      );
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

async function timeCatalogueSearches(portal: Portal, client: Session, samples: number): Promise<number[]> {
  const durations: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const term = sample % 5 === 0 ? '' : `?search=${words[sample % words.length]}`;
    const begin = performance.now();
    const response = await callPortal(portal, client, 'GET', `/api/requests/catalogue${term}`);
    await response.arrayBuffer();
    durations.push(performance.now() - begin);
    if (response.status !== 200) throw new Error(`catalogue answered ${response.status}`);
  }
  return durations.sort((left, right) => left - right);
}

/**
 * Submissions over HTTP against the built portal on the embedded store: what a client's browser does, with all
 * the work behind it (answers checked, reference drawn, request appended, then the matter opened, the lists
 * projected and the emails queued by the lanes, in the same process).
 */
export async function measureHttpSubmissions(
  directory: string,
  options: { readonly connections: number; readonly seconds: number; readonly requestTypes: number },
): Promise<HttpSubmitResults> {
  if (!existsSync(builtPortal)) throw new Error(`Build the portal first (nx run api:build): ${builtPortal}`);
  const portal = await startPortal(directory, await freePort(), {
    REQUESTS_PER_MINUTE_PER_USER: '100000',
    LOG_LEVEL: 'silent',
  });
  try {
    const staff = await signInTo(portal, { email: 'paul.legal@lexport.demo', password });
    const clients = await Promise.all(
      ['claire@acme.demo', 'marc@acme.demo', 'hana@globex.demo'].map((email) => signInTo(portal, { email, password })),
    );
    await fillCatalogue(portal, staff, options.requestTypes);
    const searches = await timeCatalogueSearches(portal, clients[0] as Session, 300);

    const durations: number[] = [];
    let sequence = 0;
    const submit = async (client: Session) => {
      const index = sequence++;
      const begin = performance.now();
      const response = await callPortal(portal, client, 'POST', '/api/requests/submissions', {
        requestTypeId: employmentQuestion,
        formVersion: 1,
        answers: {
          subject: `Bench question ${index}`,
          topics: ['leave', 'working-time'],
          employeeCount: 12,
          question: 'How many days of leave may an employee carry over to next year?',
        },
      });
      await expectStatus(response, 201, 'submit');
      return performance.now() - begin;
    };
    // Warm-up: code paths compiled, caches filled.
    await Promise.all(Array.from({ length: 200 }, (_, index) => submit(clients[index % clients.length] as Session)));
    const deadline = performance.now() + options.seconds * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: options.connections }, async (_, connection) => {
        const client = clients[connection % clients.length] as Session;
        while (performance.now() < deadline) durations.push(await submit(client));
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    durations.sort((left, right) => left - right);
    return {
      http_submit_connections: options.connections,
      http_submit_clients: clients.length,
      http_submit_per_s: round(durations.length / elapsed),
      http_submit_ms_p50: round(percentile(durations, 0.5), 2),
      http_submit_ms_p99: round(percentile(durations, 0.99), 2),
      catalogue_request_types: options.requestTypes,
      catalogue_search_ms_p50: round(percentile(searches, 0.5), 2),
      catalogue_search_ms_p95: round(percentile(searches, 0.95), 2),
    };
  } finally {
    await kill(portal);
  }
}
