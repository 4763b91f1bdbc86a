import request from 'supertest';
import { signIn, startTestServer } from '../testing/test-server';
import type { TestServer } from '../testing/test-server';

const token = 'operator-token-for-tests-0123456789';

describe('notification endpoints', () => {
  describe('on the embedded default', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ OPERATOR_TOKEN: token, DEMO_DATA: 'true' });
    });
    afterAll(() => server.close());

    it("shows the development mailbox to admins, holding only the demo requests' emails at first, and validates its query", async () => {
      await request(server.http).get('/api/dev/mailbox').expect(401);
      const admin = await signIn(server, 'admin@lexport.demo');
      const page = await admin.get('/api/dev/mailbox').expect(200);
      expect(page.body).toMatchObject({ limit: 50, offset: 0 });
      for (const message of page.body.items) expect(message.subject).toMatch(/[MC]-\d{4}-\d{5}/);
      await admin.get('/api/dev/mailbox?limit=0').expect(400);
      await admin.get('/api/dev/mailbox/not-a-uuid').expect(400);
      await admin.get('/api/dev/mailbox/6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f').expect(404);
    });

    it('lists the outbox for operators only', async () => {
      await request(server.http).get('/api/operations/emails').expect(401);
      const outbox = await request(server.http)
        .get('/api/operations/emails?status=failed')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(outbox.body.total).toBe(0);
      await request(server.http)
        .get('/api/operations/emails?status=lost')
        .set('authorization', `Bearer ${token}`)
        .expect(400);
      await request(server.http)
        .post('/api/operations/emails/6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f/retry')
        .set('authorization', `Bearer ${token}`)
        .expect(404);
    });

    it('lists the email outbox reactor among projections, and refuses to replay it', async () => {
      const status = await request(server.http)
        .get('/api/operations/projections')
        .set('authorization', `Bearer ${token}`)
        .expect(200);
      expect(status.body.map((projection: { name: string }) => projection.name).sort()).toEqual([
        'email_outbox',
        'identity_organizations',
        'identity_release_email_domains',
        'identity_release_email_of_closed_account',
        'identity_users',
        'matters',
        'matters_open_for_submission',
        'notifications_inbox',
        'request_categories',
        'request_legal_team',
        'request_practice_areas',
        'request_types',
        'requests_release_previous_category_name',
      ]);
      const refused = await request(server.http)
        .post('/api/operations/projections/email_outbox/rebuild')
        .set('authorization', `Bearer ${token}`)
        .expect(409);
      expect(refused.body.code).toBe('projection-not-rebuildable');
    });
  });

  describe('with an SMTP server configured', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ SMTP_URL: 'smtp://127.0.0.1:1?ignoreTLS=true', DEMO_DATA: 'true' });
    });
    afterAll(() => server.close());

    it('has no development mailbox, not even for admins', async () => {
      await request(server.http).get('/api/dev/mailbox').expect(401);
      await (await signIn(server, 'admin@lexport.demo')).get('/api/dev/mailbox').expect(404);
    });
  });
});
