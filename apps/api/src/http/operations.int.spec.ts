import request from 'supertest';
import { signIn, startTestServer } from '../testing/test-server';
import type { TestServer } from '../testing/test-server';

const token = 'operator-token-for-tests-0123456789';

describe('operator endpoints for projections', () => {
  describe('without OPERATOR_TOKEN configured', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer();
    });
    afterAll(() => server.close());

    it('keeps the operations API closed', async () => {
      const closed = await request(server.http)
        .get('/api/operations/projections')
        .set('authorization', `Bearer ${token}`)
        .expect(401);
      expect(closed.body.detail).toMatch(/OPERATOR_TOKEN/);
    });
  });

  describe('with OPERATOR_TOKEN configured', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ OPERATOR_TOKEN: token, DEMO_DATA: 'true' });
    });
    afterAll(() => server.close());

    it('refuses a missing or wrong token', async () => {
      await request(server.http).get('/api/operations/projections').expect(401);
      await request(server.http)
        .get('/api/operations/projections')
        .set('authorization', 'Bearer wrong-token')
        .expect(401);
      await request(server.http)
        .post('/api/operations/projections/request_categories/rebuild')
        .set('authorization', 'Bearer wrong')
        .expect(401);
    });

    it('reports each projection with version, checkpoint and lag', async () => {
      const status = await request(server.http)
        .get('/api/operations/projections')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(status.body).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            name: 'request_categories',
            rebuildable: true,
            version: 1,
            head: expect.any(Number),
            lagEvents: expect.any(Number),
            lagMs: expect.any(Number),
            active: expect.objectContaining({ generation: 1, version: 1, checkpoint: expect.any(Number) }),
            rebuild: null,
          }),
        ]),
      );
    });

    it('rebuilds blue/green while the catalogue keeps answering', async () => {
      const client = await signIn(server, 'claire@acme.demo');
      const before = (await client.get('/api/requests/categories').expect(200)).body;
      const started = await request(server.http)
        .post('/api/operations/projections/request_categories/rebuild')
        .set('authorization', `Bearer ${token}`)
        .expect(202);
      expect(started.body).toMatchObject({ generation: 2, version: 1 });
      expect((await client.get('/api/requests/categories').expect(200)).body.total).toBe(before.total);
      let active = 1;
      for (let attempt = 0; attempt < 50 && active !== 2; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const status = await request(server.http)
          .get('/api/operations/projections')
          .set('authorization', `Bearer ${token}`)
          .expect(200);
        active = status.body.find((projection: { name: string }) => projection.name === 'request_categories').active
          .generation;
      }
      expect(active).toBe(2);
      expect((await client.get('/api/requests/categories').expect(200)).body).toEqual(before);
    });

    it('accepts a signed-in operator and refuses other signed-in users', async () => {
      const operator = await signIn(server, 'admin@lexport.demo');
      await operator.get('/api/operations/projections').expect(200);
      const staff = await signIn(server, 'paul.legal@lexport.demo');
      await staff.get('/api/operations/projections').expect(403);
    });

    it('answers 404 for an unknown projection', async () => {
      const missing = await request(server.http)
        .post('/api/operations/projections/nope/rebuild')
        .set('authorization', `Bearer ${token}`)
        .expect(404);
      expect(missing.body.code).toBe('unknown-projection');
    });
  });
});
