import request from 'supertest';
import { uuidFromName } from '@lexport/shared-platform';
import { inviteAndSignIn, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const someone = '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f';
const aToken = 'a'.repeat(43);
const roles = ['anonymous', 'clientOfAcme', 'clientOfGlobex', 'staff', 'admin', 'operator'] as const;
type Role = (typeof roles)[number];
type Caller = SignedIn | null;
type Method = 'get' | 'post' | 'put' | 'delete';

interface Endpoint {
  readonly method: Method;
  readonly path: string;
  readonly body?: () => object;
  /** A raw body (an attachment's bytes), sent as application/octet-stream. */
  readonly rawBody?: () => Buffer;
  /** Expected status for anonymous, client of Acme, client of Globex, staff, admin, operator. */
  readonly expect: readonly [number, number, number, number, number, number];
}

const unique = () => Math.random().toString(36).slice(2, 10);
const everyone = (status: number) => [status, status, status, status, status, status] as const;
const signedIn = (status: number) => [401, status, status, status, status, status] as const;
const adminOnly = (status: number) => [401, 403, 403, 403, status, 403] as const;
const operatorOnly = (status: number) => [401, 403, 403, 403, 403, status] as const;
/** Staff and admins: the legal team's side of the portal. */
const legalTeam = (status: number) => [401, 403, 403, status, status, 403] as const;

const demoRequestType = uuidFromName('demo-data/request-type/employment-question');
const claireDemoRequest = uuidFromName(`${uuidFromName('demo-data/submission/0')}/creates/request`);
const requestTypeDetails = () => ({
  categoryId: uuidFromName('demo-data/category/Employment'),
  name: { en: `Type ${unique()}`, fr: `Type ${unique()}` },
  description: { en: '', fr: '' },
  opens: 'matter',
  practiceAreaId: uuidFromName('demo-data/practice-area/employment'),
});

/**
 * Every endpoint of the identity and notifications modules, for every kind of caller. The admin here is only an
 * admin and the operator only an operator, so that no role borrows another's rights. 404s are the right answer
 * for an allowed caller who names a user or an organization that does not exist.
 */
const endpoints: readonly Endpoint[] = [
  { method: 'get', path: '/api/identity/session', expect: everyone(200) },
  {
    method: 'post',
    path: '/api/identity/session',
    body: () => ({ email: 'nobody@acme.demo', password: 'not-the-password-at-all' }),
    expect: everyone(401),
  },
  {
    method: 'put',
    path: '/api/identity/session/profile',
    body: () => ({ name: 'Same Name', language: 'en' }),
    expect: signedIn(200),
  },
  {
    method: 'put',
    path: '/api/identity/session/password',
    body: () => ({ currentPassword: 'wrong-current-password', newPassword: 'copper-meadow-quartz-lantern-77' }),
    expect: signedIn(422),
  },
  { method: 'get', path: `/api/identity/invitations/${someone}?token=${aToken}`, expect: everyone(200) },
  {
    method: 'post',
    path: '/api/identity/invitations/accept',
    body: () => ({ userId: someone, token: aToken, password: 'copper-meadow-quartz-lantern-77' }),
    expect: everyone(422),
  },
  {
    method: 'post',
    path: '/api/identity/password-resets',
    body: () => ({ email: 'nobody@acme.demo' }),
    expect: everyone(202),
  },
  { method: 'get', path: `/api/identity/password-resets/${someone}?token=${aToken}`, expect: everyone(200) },
  {
    method: 'post',
    path: '/api/identity/password-resets/complete',
    body: () => ({ userId: someone, token: aToken, password: 'copper-meadow-quartz-lantern-77' }),
    expect: everyone(422),
  },
  { method: 'get', path: '/api/identity/sign-up-policy', expect: everyone(200) },
  {
    method: 'put',
    path: '/api/identity/sign-up-policy',
    body: () => ({ mode: 'open', requireApproval: true }),
    expect: adminOnly(200),
  },
  {
    method: 'post',
    path: '/api/identity/sign-ups',
    body: () => ({
      email: `new-${unique()}@acme.demo`,
      name: 'New Person',
      password: 'copper-meadow-quartz-lantern-77',
    }),
    expect: everyone(202),
  },
  { method: 'get', path: `/api/identity/email-verifications/${someone}?token=${aToken}`, expect: everyone(200) },
  {
    method: 'post',
    path: '/api/identity/email-verifications',
    body: () => ({ userId: someone, token: aToken, password: 'copper-meadow-quartz-lantern-77' }),
    expect: everyone(422),
  },
  {
    method: 'post',
    path: '/api/identity/email-verifications/resend',
    body: () => ({ email: 'nobody@acme.demo' }),
    expect: everyone(202),
  },
  { method: 'get', path: '/api/identity/users', expect: adminOnly(200) },
  {
    method: 'post',
    path: '/api/identity/users',
    body: () => ({ email: `staff-${unique()}@lexport.demo`, name: 'New Staff', roles: ['staff'] }),
    expect: adminOnly(201),
  },
  { method: 'post', path: `/api/identity/users/${someone}/invitation`, expect: adminOnly(404) },
  { method: 'delete', path: `/api/identity/users/${someone}/invitation`, expect: adminOnly(404) },
  { method: 'post', path: `/api/identity/users/${someone}/deactivation`, expect: adminOnly(404) },
  { method: 'delete', path: `/api/identity/users/${someone}/deactivation`, expect: adminOnly(404) },
  {
    method: 'put',
    path: `/api/identity/users/${someone}/roles`,
    body: () => ({ roles: ['staff'] }),
    expect: adminOnly(404),
  },
  {
    method: 'post',
    path: `/api/identity/users/${someone}/sign-up/approval`,
    body: () => ({ organizationId: 'acme' }),
    expect: adminOnly(404),
  },
  { method: 'post', path: `/api/identity/users/${someone}/sign-up/decline`, expect: adminOnly(404) },
  { method: 'get', path: `/api/identity/users/${someone}/history`, expect: adminOnly(404) },
  { method: 'get', path: '/api/identity/organizations', expect: [401, 403, 403, 200, 200, 403] },
  {
    method: 'post',
    path: '/api/identity/organizations',
    body: () => ({ name: `Client ${unique()}` }),
    expect: adminOnly(201),
  },
  {
    method: 'put',
    path: '/api/identity/organizations/no-such-organization',
    body: () => ({ name: 'Ghost' }),
    expect: adminOnly(404),
  },
  { method: 'get', path: '/api/notifications', expect: signedIn(200) },
  { method: 'get', path: '/api/notifications/unread-count', expect: signedIn(200) },
  { method: 'post', path: '/api/notifications/read', body: () => ({ upToPosition: 1 }), expect: signedIn(200) },
  { method: 'get', path: '/api/notifications/preferences', expect: signedIn(200) },
  { method: 'put', path: '/api/notifications/preferences', body: () => ({ emailsOff: [] }), expect: signedIn(200) },
  {
    method: 'post',
    path: '/api/attachments',
    rawBody: () => Buffer.from(`Engagement letter ${unique()}`),
    expect: signedIn(201),
  },
  { method: 'get', path: `/api/attachments/${someone}`, expect: signedIn(404) },
  { method: 'get', path: '/api/dev/mailbox', expect: adminOnly(200) },
  { method: 'get', path: `/api/dev/mailbox/${someone}`, expect: adminOnly(404) },
  { method: 'get', path: '/api/operations/emails', expect: operatorOnly(200) },
  { method: 'post', path: `/api/operations/emails/${someone}/retry`, expect: operatorOnly(404) },
  { method: 'get', path: '/api/operations/projections', expect: operatorOnly(200) },
  { method: 'post', path: '/api/operations/projections/no_such_projection/rebuild', expect: operatorOnly(404) },
  { method: 'post', path: '/api/operations/projections/rebuild', expect: operatorOnly(202) },
  { method: 'get', path: '/api/requests/categories', expect: signedIn(200) },
  { method: 'get', path: `/api/requests/categories/${someone}`, expect: signedIn(404) },
  {
    method: 'post',
    path: '/api/requests/categories',
    body: () => ({ name: `Category ${unique()}` }),
    expect: [401, 403, 403, 201, 201, 403],
  },
  {
    method: 'put',
    path: `/api/requests/categories/${someone}/name`,
    body: () => ({ name: `Category ${unique()}` }),
    expect: [401, 403, 403, 404, 404, 403],
  },
  { method: 'get', path: '/api/requests/practice-areas', expect: legalTeam(200) },
  {
    method: 'post',
    path: '/api/requests/practice-areas',
    body: () => ({ name: { en: `Area ${unique()}`, fr: `Domaine ${unique()}` }, memberIds: [] }),
    expect: legalTeam(201),
  },
  {
    method: 'put',
    path: `/api/requests/practice-areas/${someone}`,
    body: () => ({ name: { en: 'Area', fr: 'Domaine' }, memberIds: [] }),
    expect: legalTeam(404),
  },
  { method: 'get', path: '/api/requests/legal-team', expect: legalTeam(200) },
  { method: 'get', path: '/api/requests/types', expect: legalTeam(200) },
  { method: 'get', path: `/api/requests/types/${someone}`, expect: legalTeam(404) },
  { method: 'post', path: '/api/requests/types', body: requestTypeDetails, expect: legalTeam(201) },
  { method: 'put', path: `/api/requests/types/${someone}`, body: requestTypeDetails, expect: legalTeam(404) },
  {
    method: 'put',
    path: `/api/requests/types/${someone}/draft`,
    body: () => ({ form: { sections: [{ key: 'main', title: { en: 'Main', fr: 'Principal' }, fields: [] }] } }),
    expect: legalTeam(404),
  },
  { method: 'post', path: `/api/requests/types/${someone}/publish`, expect: legalTeam(404) },
  { method: 'post', path: `/api/requests/types/${someone}/retire`, expect: legalTeam(404) },
  { method: 'post', path: `/api/requests/types/${someone}/reinstate`, expect: legalTeam(404) },
  { method: 'get', path: '/api/requests/catalogue', expect: signedIn(200) },
  { method: 'get', path: `/api/requests/catalogue/types/${demoRequestType}`, expect: signedIn(200) },
  { method: 'get', path: `/api/requests/catalogue/types/${someone}`, expect: signedIn(404) },
  { method: 'get', path: `/api/requests/catalogue/types/${demoRequestType}/versions/1`, expect: signedIn(200) },
  {
    method: 'post',
    path: '/api/requests/submissions',
    body: () => ({
      requestTypeId: demoRequestType,
      formVersion: 1,
      answers: { subject: `Question ${unique()}`, topics: ['leave'], question: 'How many days of leave?' },
    }),
    expect: [401, 201, 201, 403, 403, 403],
  },
  { method: 'get', path: '/api/matters', expect: signedIn(200) },
  { method: 'get', path: '/api/matters/export', expect: signedIn(200) },
  { method: 'get', path: `/api/matters/${someone}`, expect: signedIn(404) },
  // Claire's demo request: her organization (Acme) shares requests; Globex's client never sees it.
  { method: 'get', path: `/api/matters/${claireDemoRequest}`, expect: [401, 200, 404, 200, 200, 404] },
  { method: 'get', path: `/api/matters/${claireDemoRequest}/notes`, expect: [401, 200, 404, 200, 200, 404] },
  {
    method: 'post',
    path: `/api/matters/${claireDemoRequest}/notes`,
    body: () => ({ body: `A note ${unique()}` }),
    expect: [401, 201, 404, 201, 201, 404],
  },
  {
    method: 'get',
    path: `/api/matters/${claireDemoRequest}/attachments/${someone}`,
    expect: [401, 404, 404, 404, 404, 404],
  },
];

/**
 * Routes outside the matrix, each for a reason: probes that load balancers call without credentials, and the routes
 * whose callers are tested elsewhere.
 */
const excludedRoutes = new Set([
  // Liveness and readiness: public by design, they reveal nothing but "up" (operations.int.spec.ts).
  'GET /api/health',
  'GET /api/health/ready',
  'GET /api/health/live',
  // The API documentation: public outside production and off in production unless API_DOCS=true
  // (transport-security.int.spec.ts); it is served by Swagger UI, which the matrix has no reason to test.
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs/',
  'GET /api/docs/index.html',
  'GET /api/docs/LICENSE',
  'GET /api/docs/swagger-ui-init.js',
  'GET /api/docs/docs/swagger-ui-init.js',
]);

describe('authorization matrix of every API endpoint', () => {
  let server: TestServer;
  const callers = {} as Record<Role, Caller>;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true' });
    const demoAdmin = await signIn(server, 'admin@lexport.demo');
    callers.anonymous = null;
    callers.clientOfAcme = await signIn(server, 'claire@acme.demo');
    callers.clientOfGlobex = await signIn(server, 'hana@globex.demo');
    callers.staff = await signIn(server, 'sophie.legal@lexport.demo');
    callers.admin = await inviteAndSignIn(server, demoAdmin, {
      email: 'only.admin@lexport.demo',
      name: 'Ada Admin',
      roles: ['admin'],
    });
    callers.operator = await inviteAndSignIn(server, demoAdmin, {
      email: 'only.operator@lexport.demo',
      name: 'Otto Operator',
      roles: ['operator'],
    });
  });

  afterAll(() => server.close());

  function call(caller: Caller, endpoint: Endpoint): request.Test {
    const test = caller ? caller[endpoint.method](endpoint.path) : request(server.http)[endpoint.method](endpoint.path);
    return withBody(test, endpoint);
  }

  function withBody(test: request.Test, endpoint: Endpoint): request.Test {
    if (endpoint.rawBody) return test.set('content-type', 'application/octet-stream').send(endpoint.rawBody());
    return endpoint.body ? test.send(endpoint.body()) : test;
  }

  it.each(
    endpoints.map(
      (endpoint) =>
        [
          `${endpoint.method.toUpperCase()} ${endpoint.path.replace(someone, ':id').replace(aToken, ':token')}`,
          endpoint,
        ] as const,
    ),
  )('%s', async (_name, endpoint) => {
    const answered: Record<string, number> = {};
    for (const role of roles) answered[role] = (await call(callers[role], endpoint)).status;
    expect(answered).toEqual(Object.fromEntries(roles.map((role, index) => [role, endpoint.expect[index]])));
  });

  const unsafe = endpoints.filter((endpoint) => endpoint.method !== 'get');

  it.each(
    unsafe.map(
      (endpoint) => [`${endpoint.method.toUpperCase()} ${endpoint.path.replace(someone, ':id')}`, endpoint] as const,
    ),
  )('%s is refused without a session from another site (login CSRF)', async (_name, endpoint) => {
    for (const [header, value] of [
      ['origin', 'https://evil.example'],
      ['sec-fetch-site', 'cross-site'],
    ] as const) {
      const test = request(server.http)[endpoint.method](endpoint.path).set(header, value);
      const response = await withBody(test, endpoint);
      expect({ header, status: response.status, code: response.body.code }).toEqual({
        header,
        status: 403,
        code: 'cross-site-request',
      });
    }
  });

  it('DELETE /api/identity/session signs anyone out, signed in or not', async () => {
    expect((await request(server.http).delete('/api/identity/session')).status).toBe(204);
    for (const email of ['claire@acme.demo', 'hana@globex.demo', 'sophie.legal@lexport.demo', 'admin@lexport.demo']) {
      const fresh = await signIn(server, email);
      expect((await fresh.delete('/api/identity/session')).status).toBe(204);
      expect((await fresh.get('/api/notifications')).status).toBe(401);
    }
  });

  /** Every route under /api, whichever context serves it: a new context's routes join this matrix or fail it. */
  function apiRoutes(): string[] {
    const router =
      server.app.getHttpAdapter().getInstance()._router ?? server.app.getHttpAdapter().getInstance().router;
    return (router.stack as Array<{ route?: { path: string; methods: Record<string, boolean> } }>)
      .filter((layer) => layer.route?.path.startsWith('/api/'))
      .flatMap((layer) =>
        Object.keys(layer.route?.methods ?? {}).map((method) => `${method.toUpperCase()} ${layer.route?.path}`),
      )
      .filter((route) => !excludedRoutes.has(route));
  }

  it('documents every API route in OpenAPI', async () => {
    const document = (await request(server.http).get('/api/openapi.json').expect(200)).body as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => Boolean(operation.summary))
        .map(([method]) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    expect(apiRoutes().filter((route) => !documented.includes(route))).toEqual([]);
  });

  it('covers every API route of every context', () => {
    const routes = apiRoutes();
    const normalize = (path: string) =>
      path
        .split('?')[0]
        ?.replace(/[0-9a-f-]{36}|no-such-organization|no_such_projection|(?<=\/versions\/)\d+/g, ':param') ?? path;
    const tested = new Set([
      ...endpoints.map((endpoint) => `${endpoint.method.toUpperCase()} ${normalize(endpoint.path)}`),
      'DELETE /api/identity/session',
    ]);
    const untested = routes
      .map((route) => route.replace(/:[A-Za-z]+/g, ':param'))
      .filter((route) => !tested.has(route));
    expect(untested).toEqual([]);
  });
});
