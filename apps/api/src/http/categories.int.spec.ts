import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

describe('request categories over HTTP (embedded store)', () => {
  let server: TestServer;
  let staff: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ READ_YOUR_WRITES_TIMEOUT_MS: '300', DEMO_DATA: 'true' });
    staff = await signIn(server, 'paul.legal@lexport.demo');
  });

  afterAll(async () => {
    await server.close();
  });

  const create = (body: object, headers: Record<string, string> = {}) =>
    staff.post('/api/requests/categories').set(headers).send(body);
  const list = (query: Record<string, string> = {}, position?: number) => {
    const call = staff.get('/api/requests/categories').query(query);
    return position === undefined ? call : call.set('x-lexport-position', String(position));
  };
  const head = async () => (await request(server.http).get('/api/health')).body.info.eventStore.head as number;

  it('creates a category and lists it at once when the query carries the command position', async () => {
    const created = await create({ name: 'Intellectual property', description: 'Trademarks and patents' }).expect(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      revision: expect.any(Number),
      position: expect.any(Number),
    });
    expect(created.headers['x-lexport-position']).toBe(String(created.body.position));
    const listed = await list({ search: 'intellectual' }, created.body.position).expect(200);
    expect(listed.headers['x-lexport-stale']).toBeUndefined();
    expect(listed.body.items).toEqual([
      {
        id: created.body.id,
        name: 'Intellectual property',
        description: 'Trademarks and patents',
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      },
    ]);
    await staff.get(`/api/requests/categories/${created.body.id}`).expect(200, listed.body.items[0]);
  });

  it('never creates twice when a command is retried with the same Idempotency-Key', async () => {
    const key = `retry-${randomUUID()}`;
    const first = await create({ name: 'Retried category' }, { 'idempotency-key': key }).expect(201);
    const second = await create({ name: 'Retried category' }, { 'idempotency-key': key }).expect(201);
    expect(second.body).toEqual(first.body);
    const listed = await list({ search: 'Retried' }, second.body.position).expect(200);
    expect(listed.body.total).toBe(1);
  });

  it('refuses a name that another category has, as a 409 problem pointing at the field', async () => {
    await create({ name: 'Tax' }).expect(201);
    const before = await head();
    const refused = await create({ name: '  TAX ' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({
      type: 'urn:lexport:problem:category-name-taken',
      status: 409,
      code: 'category-name-taken',
      errors: [{ pointer: '/name', field: 'name', code: 'category-name-taken' }],
    });
    expect(await head()).toBe(before);
  });

  it.each([
    ['a name that is too short', { name: 'x' }, ['/name']],
    ['a missing name', { description: 'No name' }, ['/name']],
    ['a name of the wrong type', { name: 42 }, ['/name']],
    ['an unknown field', { name: 'Valid name', colour: 'red' }, ['/colour']],
    ['a description that is too long', { name: 'Valid name', description: 'x'.repeat(501) }, ['/description']],
    ['a category id that is not a UUID', { name: 'Valid name', categoryId: 'abc' }, ['/categoryId']],
    ['a name with control characters', { name: 'Bad\u0007name' }, ['/name']],
  ])('rejects %s with field errors and stores nothing', async (_case, body, pointers) => {
    const before = await head();
    const rejected = await create(body).expect(400);
    expect(rejected.body).toMatchObject({ status: 400, code: 'invalid-input' });
    expect(rejected.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(pointers);
    expect(await head()).toBe(before);
  });

  it('rejects a body that is not JSON with a problem, not a server error', async () => {
    const rejected = await staff
      .post('/api/requests/categories')
      .set('content-type', 'application/json')
      .send('{"name":')
      .expect(400);
    expect(rejected.body).toMatchObject({ status: 400, code: 'bad-request' });
  });

  it('renames a category, and says so clearly when it does not exist or the id is malformed', async () => {
    const created = await create({ name: 'Insurance' }).expect(201);
    const renamed = await staff
      .put(`/api/requests/categories/${created.body.id}/name`)
      .send({ name: 'Insurance claims' })
      .expect(200);
    const shown = await staff
      .get(`/api/requests/categories/${created.body.id}`)
      .set('x-lexport-position', String(renamed.body.position))
      .expect(200);
    expect(shown.body.name).toBe('Insurance claims');
    const missing = await staff
      .put(`/api/requests/categories/${randomUUID()}/name`)
      .send({ name: 'Whatever' })
      .expect(404);
    expect(missing.body.code).toBe('category-not-found');
    const malformed = await staff
      .put('/api/requests/categories/not-a-uuid/name')
      .send({ name: 'Whatever' })
      .expect(400);
    expect(malformed.body.errors[0].pointer).toBe('/categoryId');
    await staff.get(`/api/requests/categories/${randomUUID()}`).expect(404);
  });

  it('accepts concurrent creations of different categories: each is decided again on the fresh state', async () => {
    const names = Array.from({ length: 8 }, (_, index) => `Concurrent ${index}`);
    const results = await Promise.all(names.map((name) => create({ name })));
    expect(results.map((result) => result.status)).toEqual(names.map(() => 201));
    const position = Math.max(...results.map((result) => result.body.position));
    expect((await list({ search: 'Concurrent' }, position).expect(200)).body.total).toBe(8);
  });

  it('sorts, searches and pages the catalogue, and validates the query', async () => {
    for (const name of ['Zoning', 'Árbitrage', 'banking']) await create({ name }).expect(201);
    const position = await head();
    const sorted = await list({ sort: 'name', limit: '200' }, position).expect(200);
    const names = sorted.body.items.map((item: { name: string }) => item.name);
    expect(names.indexOf('Árbitrage')).toBeLessThan(names.indexOf('banking'));
    expect(names.indexOf('banking')).toBeLessThan(names.indexOf('Zoning'));
    const page = await list({ sort: 'name', limit: '2', offset: '1' }).expect(200);
    expect(page.body).toMatchObject({ limit: 2, offset: 1, total: sorted.body.total });
    expect(page.body.items.map((item: { name: string }) => item.name)).toEqual(names.slice(1, 3));
    const invalid = await list({ limit: '0', sort: 'colour' }).expect(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['limit', 'sort']);
  });

  it('marks a query stale when the projection has not reached the position in time, and rejects a malformed position', async () => {
    const stale = await list({}, (await head()) + 1000).expect(200);
    expect(stale.headers['x-lexport-stale']).toBe('true');
    const malformed = await staff.get('/api/requests/categories').set('x-lexport-position', 'soon').expect(400);
    expect(malformed.body.status).toBe(400);
  });

  it('publishes an OpenAPI document that covers the endpoints', async () => {
    const document = (await request(server.http).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/requests/categories',
        '/api/requests/categories/{categoryId}',
        '/api/requests/categories/{categoryId}/name',
        '/api/operations/projections',
        '/api/operations/projections/{name}/rebuild',
        '/api/health',
      ]),
    );
    expect(
      document.paths['/api/requests/categories'].post.requestBody.content['application/json'].schema,
    ).toBeDefined();
  });

  it('lets clients read the catalogue but only legal staff change it; anonymous visitors neither', async () => {
    const client = await signIn(server, 'claire@acme.demo');
    await client.get('/api/requests/categories').expect(200);
    const refused = await client.post('/api/requests/categories').send({ name: 'Client made' }).expect(403);
    expect(refused.body.code).toBe('forbidden');
    await client.put(`/api/requests/categories/${randomUUID()}/name`).send({ name: 'Client renamed' }).expect(403);
    const anonymous = await request(server.http).get('/api/requests/categories').expect(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    await request(server.http).post('/api/requests/categories').send({ name: 'Nobody' }).expect(401);
  });

  it('refuses a state-changing request without the CSRF token of the session', async () => {
    const refused = await staff.agent.post('/api/requests/categories').send({ name: 'Forged' }).expect(403);
    expect(refused.body.code).toBe('csrf-token-invalid');
    await staff.agent
      .post('/api/requests/categories')
      .set('x-xsrf-token', 'forged')
      .send({ name: 'Forged' })
      .expect(403);
  });

  it('answers an unknown API route with a 404 problem', async () => {
    const missing = await staff.get('/api/nothing-here').expect(404);
    expect(missing.body).toMatchObject({ status: 404, code: 'not-found' });
  });
});
