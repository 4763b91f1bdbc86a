import request from 'supertest';
import { EVENT_STORE } from '@lexport/shared-platform';
import type { EventStore } from '@lexport/shared-eventstore';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

/** Deterministic pseudo-random numbers (mulberry32), so that a failure can be replayed from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const fieldNames = [
  'email',
  'name',
  'password',
  'currentPassword',
  'newPassword',
  'roles',
  'organizationId',
  'organizationName',
  'token',
  'userId',
  'language',
  'mode',
  'requireApproval',
  'emailDomains',
  'requestVisibility',
  'description',
  'emailsOff',
  'upToPosition',
  'ids',
  '__proto__',
  'constructor',
];

const hostileValues: readonly unknown[] = [
  null,
  true,
  -1,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'a'.repeat(70_000),
  'Robert\u0000Tables',
  'name\u202egnp.exe',
  '\ud800',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '{{constructor.constructor("return process")()}}',
  '../../../../etc/passwd',
  'admin@lexport.demo',
  'claire@acme.demo\r\nBcc: everyone@evil.test',
  ['client', 'admin'],
  ['operator'],
  Array.from({ length: 2000 }, (_, index) => `item-${index}`),
  { $gt: '' },
  { nested: { deeper: { deepest: [1, { a: null }] } } },
  '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f',
  'acme',
];

const hostileSegments = [
  '..%2F..%2Fetc',
  '%00',
  'x'.repeat(5000),
  'acme',
  '%E2%80%AE',
  'null',
  '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f',
];

/** Routes whose body is a file's raw bytes (the attachments upload): they get hostile bytes and file names. */
const rawBodyRoutes = new Set(['POST /api/attachments']);

const hostileFileNames = [
  '',
  '..%2F..%2Fetc%2Fpasswd',
  '%E9t%C3',
  '%00',
  encodeURIComponent('name\u202egnp.exe'),
  encodeURIComponent('C:\\Windows\\boot.ini'),
  'x'.repeat(5000),
  encodeURIComponent('Résiliation 📄.pdf'),
];

const hostileFiles: readonly Buffer[] = [
  Buffer.alloc(0),
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00', 'latin1'),
  Buffer.from('\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00', 'latin1'),
  Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
  Buffer.from('PK\x05\x06\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00', 'latin1'),
  Buffer.from('89504e470d0a1a0a', 'hex'),
  Buffer.from('Robert\u0000Tables'),
  Buffer.from('\xc3\x28', 'latin1'),
];

/** A known hostile file, or up to 8 kB of seeded random bytes. */
function hostileBytes(random: () => number): Buffer {
  if (random() < 0.6) return pick(random, hostileFiles);
  return Buffer.from(Array.from({ length: Math.floor(random() * 8192) }, () => Math.floor(random() * 256)));
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function hostileBody(random: () => number): unknown {
  const shape = random();
  if (shape < 0.08) return pick(random, hostileValues);
  if (shape < 0.12) return [pick(random, hostileValues)];
  const body: Record<string, unknown> = {};
  const fields = 1 + Math.floor(random() * 5);
  for (let index = 0; index < fields; index += 1) body[pick(random, fieldNames)] = pick(random, hostileValues);
  return body;
}

interface Route {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
}

/**
 * Every /api route, whatever its context, receives generated hostile input from a signed-in admin (who may reach them
 * all) and from an anonymous caller: no answer may be a 5xx, and input refused at the edge (400, 413, 415, 422 for a
 * reused key) appends no event.
 */
describe('fuzzing every API route with hostile input', () => {
  let server: TestServer;
  let admin: SignedIn;
  let events: EventStore;
  const seed = Number(process.env['LEXPORT_FUZZ_SEED'] ?? 20261129);
  const requestsPerRoute = Number(process.env['LEXPORT_FUZZ_REQUESTS'] ?? 24);

  beforeAll(async () => {
    server = await startTestServer({
      DEMO_DATA: 'true',
      DEV_MAILBOX: 'true',
      OPERATOR_TOKEN: 'operator-token-for-tests-0123456789',
    });
    admin = await signIn(server, 'admin@lexport.demo');
    events = server.app.get(EVENT_STORE);
  });

  afterAll(() => server.close());

  function apiRoutes(): Route[] {
    const instance = server.app.getHttpAdapter().getInstance();
    const router = instance._router ?? instance.router;
    return (
      (router.stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>)
        .filter((layer) => layer.route?.path.startsWith('/api/'))
        .flatMap((layer) =>
          Object.keys(layer.route?.methods ?? {}).map((method) => ({
            method: method as Route['method'],
            path: layer.route?.path ?? '',
          })),
        )
        // Signing out ends the fuzzing admin's session; it takes no input anyway.
        .filter((route) => !(route.method === 'delete' && route.path === '/api/identity/session'))
    );
  }

  it('answers no 5xx and appends nothing for input refused at the edge', async () => {
    const random = randomFrom(seed);
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(40);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let sent = 0;
    for (const route of routes) {
      for (let index = 0; index < requestsPerRoute; index += 1) {
        const path = route.path.replace(/:\w+/g, () => pick(random, hostileSegments));
        const asAdmin = random() < 0.75;
        const before = await events.headPosition();
        let test = asAdmin ? admin[route.method](path) : request(server.http)[route.method](path);
        if (random() < 0.2) test = test.set('Idempotency-Key', `fuzz-key-${Math.floor(random() * 4)}`);
        if (route.method === 'get')
          test = test.query({
            limit: pick(random, ['-1', '0', '5', '100000', 'abc']),
            search: pick(random, ['', 'a'.repeat(5000), '\u0000', '%']),
          });
        const kind = random();
        const raw = rawBodyRoutes.has(`${route.method.toUpperCase()} ${route.path}`) && kind >= 0.15;
        const response =
          route.method === 'get'
            ? await test
            : raw
              ? await test
                  .set('content-type', 'application/octet-stream')
                  .set('x-file-name', pick(random, hostileFileNames))
                  .send(hostileBytes(random))
              : kind < 0.1
                ? await test.set('content-type', 'application/json').send('{"email": "unterminated')
                : kind < 0.15
                  ? await test.set('content-type', 'application/x-www-form-urlencoded').send('email=a%40b.c&password=x')
                  : await test.set('content-type', 'application/json').send(JSON.stringify(hostileBody(random)));
        sent += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const after = await events.headPosition();
        const where = `${route.method.toUpperCase()} ${path.slice(0, 120)} (${asAdmin ? 'admin' : 'anonymous'})`;
        if (response.status >= 500)
          failures.push(`${where} answered ${response.status}: ${JSON.stringify(response.body).slice(0, 200)}`);
        if ([400, 413, 415].includes(response.status) && after !== before)
          failures.push(`${where} answered ${response.status} but appended events`);
        if (
          response.status >= 400 &&
          !String(response.headers['content-type']).startsWith('application/problem+json')
        ) {
          failures.push(
            `${where} answered ${response.status} without problem details (${response.headers['content-type']})`,
          );
        }
      }
    }
    process.stdout.write(
      `fuzz: seed ${seed}, ${routes.length} routes, ${sent} requests, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}\n`,
    );
    expect(failures).toEqual([]);
  }, 240_000);
});
