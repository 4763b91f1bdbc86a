import request from 'supertest';
import { loadConfig } from '@lexport/shared-platform';
import { temporaryDirectory } from '@lexport/shared-testing';
import { linkInMailbox, mailboxTo, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const demoPassword = 'lantern-harbour-violet-2026';
const password = 'copper-meadow-quartz-lantern-19';
const aToken = 'a'.repeat(43);

/** The parts of a problem that a stranger compares: two answers alike in these tell nothing apart. */
const answerOf = (response: request.Response) => ({
  status: response.status,
  code: response.body.code,
  title: response.body.title,
  detail: response.body.detail,
  extra: Object.keys(response.body).sort(),
});

async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read();
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('Still not true after 5 s');
}

describe('authentication security', () => {
  let server: TestServer;
  let admin: SignedIn;
  const anonymous = () => request(server.http);
  const userIdOf = async (email: string) =>
    (await admin.get('/api/identity/users').query({ search: email }).expect(200)).body.items[0].id as string;
  const signInAnonymously = (email: string, attempt: string) =>
    anonymous().post('/api/identity/session').send({ email, password: attempt });

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', PUBLIC_URL: 'https://portal.cabinet.test' });
    admin = await signIn(server, 'admin@lexport.demo');
  });

  afterAll(() => server.close());

  describe('the development mailbox', () => {
    it('is closed to anonymous callers, who could otherwise read a client’s password reset link', async () => {
      await anonymous().post('/api/identity/password-resets').send({ email: 'claire@acme.demo' }).expect(202);
      await linkInMailbox(server, 'claire@acme.demo', /\/password-resets/);
      expect((await anonymous().get('/api/dev/mailbox').query({ to: 'claire@acme.demo' }).expect(401)).body.code).toBe(
        'unauthenticated',
      );
      const [reset] = await mailboxTo(server, 'claire@acme.demo');
      await anonymous().get(`/api/dev/mailbox/${reset?.id}`).expect(401);
    });

    it("is closed to clients and to staff, who could read an admin's reset link and become admin, and open to admins", async () => {
      const client = await signIn(server, 'claire@acme.demo');
      expect((await client.get('/api/dev/mailbox').expect(403)).body.code).toBe('forbidden');
      await anonymous().post('/api/identity/password-resets').send({ email: 'admin@lexport.demo' }).expect(202);
      const staff = await signIn(server, 'paul.legal@lexport.demo');
      expect((await staff.get('/api/dev/mailbox').query({ to: 'admin@lexport.demo' }).expect(403)).body.code).toBe(
        'forbidden',
      );
      expect((await staff.get('/api/identity/session').expect(200)).body.developmentMailbox).toBe(false);
      expect(
        (await admin.get('/api/dev/mailbox').query({ to: 'claire@acme.demo' }).expect(200)).body.total,
      ).toBeGreaterThan(0);
    });

    it('is offered by the session view to admins only', async () => {
      expect((await anonymous().get('/api/identity/session').expect(200)).body).toEqual({
        user: null,
        developmentMailbox: false,
      });
      expect((await admin.get('/api/identity/session').expect(200)).body.developmentMailbox).toBe(true);
      expect(
        (await (await signIn(server, 'claire@acme.demo')).get('/api/identity/session').expect(200)).body
          .developmentMailbox,
      ).toBe(false);
    });

    it('is an explicit choice: without SMTP_URL or DEV_MAILBOX=true the portal does not start, and says both options', async () => {
      await expect(startTestServer({ DEV_MAILBOX: 'false' })).rejects.toThrow(/SMTP_URL[\s\S]*DEV_MAILBOX=true/);
    });

    it('is refused in production, and beside SMTP_URL', () => {
      const directory = temporaryDirectory('lexport-config-');
      try {
        const production = { NODE_ENV: 'production', TOKEN_SECRET: 'x'.repeat(40), LEXPORT_DATA_DIR: directory.path };
        expect(() => loadConfig({ ...production, DEV_MAILBOX: 'true' })).toThrow(
          /DEV_MAILBOX: not allowed in production/,
        );
        expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail.cabinet.test' }).developmentMailbox).toBe(false);
        expect(() =>
          loadConfig({ LEXPORT_DATA_DIR: directory.path, DEV_MAILBOX: 'true', SMTP_URL: 'smtp://mail.cabinet.test' }),
        ).toThrow(/DEV_MAILBOX: choose one/);
        expect(loadConfig({ LEXPORT_DATA_DIR: directory.path, DEV_MAILBOX: 'true' }).developmentMailbox).toBe(true);
      } finally {
        directory.remove();
      }
    });
  });

  describe('requests without a session from another site (login CSRF)', () => {
    const credentials = { email: 'sophie.legal@lexport.demo', password: demoPassword };

    it('refuses a sign-in posted from a foreign origin, and sets no cookie', async () => {
      const refused = await anonymous()
        .post('/api/identity/session')
        .set('origin', 'https://evil.example')
        .send(credentials)
        .expect(403);
      expect(refused.body.code).toBe('cross-site-request');
      expect(refused.headers['set-cookie']).toBeUndefined();
      await anonymous().post('/api/identity/session').set('origin', 'null').send(credentials).expect(403);
    });

    it('refuses a sign-in that the browser marks cross-site or same-site', async () => {
      await anonymous().post('/api/identity/session').set('sec-fetch-site', 'cross-site').send(credentials).expect(403);
      await anonymous()
        .post('/api/identity/session')
        .set('sec-fetch-site', 'same-site')
        .set('origin', 'https://other.cabinet.test')
        .send(credentials)
        .expect(403);
    });

    it('accepts the portal’s own pages (PUBLIC_URL or the request’s own host) and clients that send neither header', async () => {
      await anonymous()
        .post('/api/identity/session')
        .set('origin', 'https://portal.cabinet.test')
        .set('sec-fetch-site', 'same-origin')
        .send(credentials)
        .expect(200);
      await anonymous()
        .post('/api/identity/session')
        .set('host', 'portal.internal:3000')
        .set('origin', 'http://portal.internal:3000')
        .send(credentials)
        .expect(200);
      await anonymous().post('/api/identity/session').send(credentials).expect(200);
    });

    it('refuses every other state-changing request without a session from another site', async () => {
      const crossSite = (path: string, body: object) =>
        anonymous().post(path).set('origin', 'https://evil.example').send(body).expect(403);
      await crossSite('/api/identity/sign-ups', { email: 'csrf@acme.demo', name: 'Cross Site', password });
      await crossSite('/api/identity/password-resets', { email: 'claire@acme.demo' });
      await crossSite('/api/identity/password-resets/complete', {
        userId: '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f',
        token: aToken,
        password,
      });
      await crossSite('/api/identity/invitations/accept', {
        userId: '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f',
        token: aToken,
        password,
      });
      await crossSite('/api/identity/email-verifications', {
        userId: '6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f',
        token: aToken,
        password,
      });
      await crossSite('/api/identity/email-verifications/resend', { email: 'claire@acme.demo' });
    });

    it('still checks the XSRF token, not the origin, once signed in', async () => {
      const staff = await signIn(server, 'paul.legal@lexport.demo');
      await staff.agent.put('/api/identity/session/profile').send({ name: 'Paul Bernard', language: 'en' }).expect(403);
      await staff
        .put('/api/identity/session/profile')
        .set('origin', 'https://portal.cabinet.test')
        .send({ name: 'Paul Bernard', language: 'en' })
        .expect(200);
    });
  });

  describe('sign-in answers that would tell which addresses have accounts', () => {
    it('answers five wrong passwords, and then the right one during the lock, exactly as an unknown address', async () => {
      const unknown = answerOf(await signInAnonymously('nobody@acme.demo', 'not-the-password-at-all').expect(401));
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect(answerOf(await signInAnonymously('marc@acme.demo', `wrong-${attempt}-password`))).toEqual(unknown);
      }
      expect(answerOf(await signInAnonymously('marc@acme.demo', `wrong-6-password`))).toEqual(unknown);
      // The lock is real and its owner is told by email; the answer does not depend on the password.
      expect(answerOf(await signInAnonymously('marc@acme.demo', demoPassword))).toEqual(unknown);
      const lockEmail = await eventually(
        () => mailboxTo(server, 'marc@acme.demo'),
        (mails) => mails.some((mail) => /verrouillé|locked/.test(mail.subject)),
      );
      expect(lockEmail.length).toBeGreaterThan(0);
      const history = (
        await admin.get(`/api/identity/users/${await userIdOf('marc@acme.demo')}/history`).expect(200)
      ).body.items.map((entry: { type: string }) => entry.type);
      expect(history.filter((type: string) => type === 'AccountLocked')).toHaveLength(1);
      expect(history.filter((type: string) => type === 'LoginFailed')).toHaveLength(7);
    });

    it('tells a deactivated account so only to someone who typed its password', async () => {
      const unknown = answerOf(await signInAnonymously('nobody@globex.demo', 'not-the-password-at-all').expect(401));
      const hanaId = await userIdOf('hana@globex.demo');
      await admin.post(`/api/identity/users/${hanaId}/deactivation`).expect(200);
      expect(answerOf(await signInAnonymously('hana@globex.demo', 'not-the-password-at-all'))).toEqual(unknown);
      expect((await signInAnonymously('hana@globex.demo', demoPassword).expect(403)).body.code).toBe(
        'account-deactivated',
      );
      await admin.delete(`/api/identity/users/${hanaId}/deactivation`).expect(200);
    });
  });

  describe('link statuses without a valid token', () => {
    it('says nothing about an invitation that was used or revoked, except to its genuine link', async () => {
      await admin
        .post('/api/identity/users')
        .send({ email: 'used.invitee@acme.demo', name: 'Used Invitee', roles: ['client'], organizationId: 'acme' })
        .expect(201);
      const used = await linkInMailbox(server, 'used.invitee@acme.demo', /\/invitations/);
      await anonymous()
        .post('/api/identity/invitations/accept')
        .send({ userId: used.userId, token: used.token, password })
        .expect(200);
      expect(
        (await anonymous().get(`/api/identity/invitations/${used.userId}`).query({ token: aToken }).expect(200)).body,
      ).toEqual({ status: 'invalid' });
      expect(
        (await anonymous().get(`/api/identity/invitations/${used.userId}`).query({ token: used.token })).body,
      ).toEqual({ status: 'used' });
      expect(
        (
          await anonymous()
            .post('/api/identity/invitations/accept')
            .send({ userId: used.userId, token: aToken, password })
            .expect(422)
        ).body.code,
      ).toBe('invitation-invalid');

      await admin
        .post('/api/identity/users')
        .send({
          email: 'revoked.invitee@acme.demo',
          name: 'Revoked Invitee',
          roles: ['client'],
          organizationId: 'acme',
        })
        .expect(201);
      const revoked = await linkInMailbox(server, 'revoked.invitee@acme.demo', /\/invitations/);
      await admin.delete(`/api/identity/users/${revoked.userId}/invitation`).expect(200);
      expect(
        (await anonymous().get(`/api/identity/invitations/${revoked.userId}`).query({ token: aToken })).body,
      ).toEqual({ status: 'invalid' });
      expect(
        (await anonymous().get(`/api/identity/invitations/${revoked.userId}`).query({ token: revoked.token })).body,
      ).toEqual({ status: 'revoked' });
      expect(
        (
          await anonymous()
            .post('/api/identity/invitations/accept')
            .send({ userId: revoked.userId, token: aToken, password })
            .expect(422)
        ).body.code,
      ).toBe('invitation-invalid');
      expect(
        (
          await anonymous()
            .post('/api/identity/invitations/accept')
            .send({ userId: revoked.userId, token: revoked.token, password })
            .expect(409)
        ).body.code,
      ).toBe('invitation-revoked');
    });

    it('says nothing about an account’s password resets, except to a genuine link', async () => {
      const paulId = await userIdOf('paul.legal@lexport.demo');
      expect((await anonymous().get(`/api/identity/password-resets/${paulId}`).query({ token: aToken })).body).toEqual({
        status: 'invalid',
      });
      await anonymous().post('/api/identity/password-resets').send({ email: 'paul.legal@lexport.demo' }).expect(202);
      const link = await linkInMailbox(server, 'paul.legal@lexport.demo', /\/password-resets/);
      await anonymous()
        .post('/api/identity/password-resets/complete')
        .send({ userId: link.userId, token: link.token, password })
        .expect(200);
      expect((await anonymous().get(`/api/identity/password-resets/${paulId}`).query({ token: aToken })).body).toEqual({
        status: 'invalid',
      });
      expect(
        (await anonymous().get(`/api/identity/password-resets/${paulId}`).query({ token: link.token })).body,
      ).toEqual({ status: 'used' });
    });

    it('says nothing about a confirmed address, except to its genuine link', async () => {
      await anonymous()
        .post('/api/identity/sign-ups')
        .send({ email: 'confirmed@acme.demo', name: 'Confirmed Person', password, language: 'en' })
        .expect(202);
      const link = await linkInMailbox(server, 'confirmed@acme.demo', /\/email-verifications/);
      await anonymous()
        .post('/api/identity/email-verifications')
        .send({ userId: link.userId, token: link.token, password })
        .expect(200);
      expect(
        (await anonymous().get(`/api/identity/email-verifications/${link.userId}`).query({ token: aToken })).body,
      ).toEqual({ status: 'invalid' });
      expect(
        (await anonymous().get(`/api/identity/email-verifications/${link.userId}`).query({ token: link.token })).body,
      ).toEqual({ status: 'used' });
      expect(
        (
          await anonymous()
            .post('/api/identity/email-verifications')
            .send({ userId: link.userId, token: aToken, password })
            .expect(422)
        ).body.code,
      ).toBe('verification-invalid');
      expect(
        (
          await anonymous()
            .post('/api/identity/email-verifications')
            .send({ userId: link.userId, token: link.token, password })
            .expect(409)
        ).body.code,
      ).toBe('email-already-verified');
    });
  });
});

// A second portal in the same process only after the first one stopped: passport's strategies are process-wide.
describe('authentication security with SMTP_URL', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', SMTP_URL: 'smtp://127.0.0.1:1?ignoreTLS=true' });
  });

  afterAll(() => server.close());

  it('has no development mailbox, even for admins, and the session view does not offer one', async () => {
    const admin = await signIn(server, 'admin@lexport.demo');
    await admin.get('/api/dev/mailbox').expect(404);
    expect((await admin.get('/api/identity/session').expect(200)).body.developmentMailbox).toBe(false);
    await request(server.http).get('/api/dev/mailbox').expect(401);
  });
});
