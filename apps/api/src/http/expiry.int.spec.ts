import request from 'supertest';
import { ManualClock } from '@lexport/shared-ddd';
import { linkInMailbox, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const password = 'copper-meadow-quartz-lantern-19';
const hours = (count: number) => count * 3_600_000;
const minutes = (count: number) => count * 60_000;

/** Links, sessions and lock-outs end when their time is up; a clock the test moves shows it without waiting. */
describe('expiry over HTTP', () => {
  const clock = new ManualClock(new Date());
  let server: TestServer;
  let admin: SignedIn;
  const anonymous = () => request(server.http);

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', INVITATION_HOURS: '48' }, clock);
    admin = await signIn(server, 'admin@lexport.demo');
  });

  afterAll(() => server.close());

  it('ends an invitation link after INVITATION_HOURS', async () => {
    await admin
      .post('/api/identity/users')
      .send({ email: 'late.invitee@acme.demo', name: 'Late Invitee', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    const link = await linkInMailbox(server, 'late.invitee@acme.demo', /\/invitations/);
    clock.advance(hours(47));
    expect(
      (await anonymous().get(`/api/identity/invitations/${link.userId}`).query({ token: link.token })).body.status,
    ).toBe('valid');
    clock.advance(hours(1));
    expect(
      (await anonymous().get(`/api/identity/invitations/${link.userId}`).query({ token: link.token })).body.status,
    ).toBe('expired');
    const refused = await anonymous()
      .post('/api/identity/invitations/accept')
      .send({ userId: link.userId, token: link.token, password })
      .expect(409);
    expect(refused.body.code).toBe('invitation-expired');
  });

  it('ends an email confirmation link after 24 hours', async () => {
    await anonymous()
      .post('/api/identity/sign-ups')
      .send({ email: 'slow.reader@acme.demo', name: 'Slow Reader', password })
      .expect(202);
    const link = await linkInMailbox(server, 'slow.reader@acme.demo', /\/email-verifications/);
    clock.advance(hours(24));
    expect(
      (await anonymous().get(`/api/identity/email-verifications/${link.userId}`).query({ token: link.token })).body
        .status,
    ).toBe('expired');
    expect(
      (
        await anonymous()
          .post('/api/identity/email-verifications')
          .send({ userId: link.userId, token: link.token, password })
          .expect(409)
      ).body.code,
    ).toBe('verification-expired');
  });

  it('ends a password reset link after 60 minutes', async () => {
    await anonymous().post('/api/identity/password-resets').send({ email: 'marc@acme.demo' }).expect(202);
    const link = await linkInMailbox(server, 'marc@acme.demo', /\/password-resets/);
    clock.advance(minutes(60));
    expect(
      (await anonymous().get(`/api/identity/password-resets/${link.userId}`).query({ token: link.token })).body.status,
    ).toBe('expired');
    expect(
      (
        await anonymous()
          .post('/api/identity/password-resets/complete')
          .send({ userId: link.userId, token: link.token, password })
          .expect(409)
      ).body.code,
    ).toBe('reset-link-expired');
  });

  it('ends a session after SESSION_HOURS', async () => {
    const paul = await signIn(server, 'paul.legal@lexport.demo');
    clock.advance(hours(11));
    await paul.get('/api/notifications').expect(200);
    clock.advance(hours(1));
    await paul.get('/api/notifications').expect(401);
    expect((await paul.get('/api/identity/session')).body.user).toBeNull();
  });

  it('lifts a lock-out after 15 minutes', async () => {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await anonymous()
        .post('/api/identity/session')
        .send({ email: 'sophie.legal@lexport.demo', password: 'not-her-password-at-all' });
    }
    // During the lock even the right password gets the answer a wrong one gets (the owner was told by email).
    clock.advance(minutes(14));
    expect(
      (
        await anonymous()
          .post('/api/identity/session')
          .send({ email: 'sophie.legal@lexport.demo', password: 'lantern-harbour-violet-2026' })
          .expect(401)
      ).body.code,
    ).toBe('invalid-credentials');
    clock.advance(minutes(1));
    await signIn(server, 'sophie.legal@lexport.demo');
  });
});
