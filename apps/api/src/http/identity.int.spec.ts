import request from 'supertest';
import { linkInMailbox, mailboxMessage, mailboxTo, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const strongPassword = 'copper-meadow-quartz-lantern-19';

describe('identity over HTTP', () => {
  let server: TestServer;
  let admin: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', OPERATOR_TOKEN: 'operator-token-for-tests-0123456789' });
    admin = await signIn(server, 'admin@lexport.demo');
  });

  afterAll(() => server.close());

  const invitationLink = (email: string) => linkInMailbox(server, email, /\/invitations/);

  it('invites a client by email; the link lets them choose a password once, then sign in', async () => {
    const invited = await admin
      .post('/api/identity/users')
      .send({
        email: 'Nadia@Initech.test',
        name: 'Nadia Rossi',
        roles: ['client'],
        organizationId: 'globex',
        language: 'fr',
      })
      .expect(201);
    const { userId, token } = await invitationLink('nadia@initech.test');
    const listed = (await admin.get('/api/identity/users').query({ search: 'nadia@initech.test' })).body.items[0];
    expect(Date.parse(listed.invitationExpiresAt) - Date.parse(listed.invitedAt)).toBe(72 * 3_600_000);
    expect(userId).toBe(invited.body.id);
    const [mail] = await mailboxTo(server, 'nadia@initech.test');
    expect(mail?.subject).toBe('Alice Martin vous invite sur le portail client de Lexport');

    const shown = await request(server.http).get(`/api/identity/invitations/${userId}`).query({ token }).expect(200);
    expect(shown.body).toMatchObject({ status: 'valid', email: 'nadia@initech.test', name: 'Nadia Rossi' });
    expect(
      (
        await request(server.http)
          .get(`/api/identity/invitations/${userId}`)
          .query({ token: `${token}x` })
      ).body,
    ).toEqual({ status: 'invalid' });

    const weak = await request(server.http)
      .post('/api/identity/invitations/accept')
      .send({ userId, token, password: 'password12345' })
      .expect(422);
    expect(weak.body).toMatchObject({ code: 'password-too-guessable', errors: [{ pointer: '/password' }] });
    await request(server.http)
      .post('/api/identity/invitations/accept')
      .send({ userId, token, password: strongPassword })
      .expect(200);
    const reused = await request(server.http)
      .post('/api/identity/invitations/accept')
      .send({ userId, token, password: strongPassword })
      .expect(409);
    expect(reused.body.code).toBe('invitation-already-used');
    expect((await request(server.http).get(`/api/identity/invitations/${userId}`).query({ token })).body).toEqual({
      status: 'used',
    });

    const nadia = await signIn(server, 'nadia@initech.test', strongPassword);
    const me = await nadia.get('/api/identity/session').expect(200);
    expect(me.body.user).toMatchObject({ id: userId, roles: ['client'], organizationId: 'globex', language: 'fr' });
    expect(JSON.stringify(me.body)).not.toMatch(/scrypt|password/i);

    const history = await admin.get(`/api/identity/users/${userId}/history`).expect(200);
    expect(history.body.items.map((entry: { type: string }) => entry.type)).toEqual([
      'UserLoggedIn',
      'InvitationAccepted',
      'UserInvited',
    ]);
    expect(history.body.items[2]).toMatchObject({
      actorName: 'Alice Martin',
      details: { email: 'nadia@initech.test', roles: 'client', organizationId: 'globex', language: 'fr' },
    });
    expect(history.body.items[1]).toMatchObject({ actor: userId, actorName: 'Nadia Rossi' });
    expect(JSON.stringify(history.body)).not.toMatch(/scrypt|invitationId|token/i);
  });

  it('answers a wrong password and an unknown address alike, and locks after five wrong passwords without saying so', async () => {
    const wrong = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'marc@acme.demo', password: 'not-the-password-at-all' })
      .expect(401);
    const unknown = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'nobody@acme.demo', password: 'not-the-password-at-all' })
      .expect(401);
    expect(unknown.body.code).toBe(wrong.body.code);
    expect(unknown.body.detail).toBe(wrong.body.detail);
    for (let attempt = 2; attempt <= 4; attempt += 1) {
      await request(server.http)
        .post('/api/identity/session')
        .send({ email: 'marc@acme.demo', password: `wrong-${attempt}-password` })
        .expect(401);
    }
    // Locked now, but only the owner learns it (by email): to anyone else the answer is the unknown address's.
    const locked = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'marc@acme.demo', password: 'wrong-5-password' })
      .expect(401);
    expect(locked.body).toEqual({ ...unknown.body, instance: locked.body.instance });
    const stillLocked = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'marc@acme.demo', password: 'lantern-harbour-violet-2026' })
      .expect(401);
    expect(stillLocked.body.code).toBe('invalid-credentials');
  });

  it('emails the locked user, in their language, with a way to reset the password', async () => {
    // Marc's demo request has its confirmation in the mailbox too; this is about account emails.
    const subjects = async () =>
      (await mailboxTo(server, 'marc@acme.demo'))
        .map((mail) => mail.subject)
        .filter((subject) => !subject.startsWith('Votre demande'));
    for (let attempt = 0; attempt < 50 && (await subjects()).length === 0; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await subjects()).toEqual(['Votre compte du portail Lexport est temporairement verrouillé']);
  });

  it('validates sign-in input at the edge', async () => {
    const invalid = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'not-an-email', password: '' })
      .expect(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/email',
      '/password',
    ]);
  });

  it('ends every session of a deactivated user, and refuses their sign-in', async () => {
    const hana = await signIn(server, 'hana@globex.demo');
    await hana.get('/api/requests/categories').expect(200);
    const users = await admin.get('/api/identity/users').query({ search: 'hana@' }).expect(200);
    const hanaId = users.body.items[0].id;
    await admin.post(`/api/identity/users/${hanaId}/deactivation`).expect(200);
    await hana.get('/api/requests/categories').expect(401);
    const refused = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'hana@globex.demo', password: 'lantern-harbour-violet-2026' })
      .expect(403);
    expect(refused.body.code).toBe('account-deactivated');
    // Told only to someone who typed the password: a wrong one gets the usual answer.
    expect(
      (
        await request(server.http)
          .post('/api/identity/session')
          .send({ email: 'hana@globex.demo', password: 'not-the-password-at-all' })
          .expect(401)
      ).body.code,
    ).toBe('invalid-credentials');
    await admin.delete(`/api/identity/users/${hanaId}/deactivation`).expect(200);
    await signIn(server, 'hana@globex.demo');
  });

  it('refuses a second account with the same address', async () => {
    const taken = await admin
      .post('/api/identity/users')
      .send({ email: 'CLAIRE@acme.demo', name: 'Claire Again', roles: ['client'], organizationId: 'acme' })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'email-taken', errors: [{ pointer: '/email' }] });
    const misfit = await admin
      .post('/api/identity/users')
      .send({ email: 'x@firm.test', name: 'X', roles: ['staff'], organizationId: 'acme' })
      .expect(422);
    expect(misfit.body.code).toBe('organization-not-allowed');
  });

  async function mailTo(email: string, subject: RegExp): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const summary = (await mailboxTo(server, email)).find((mail) => subject.test(mail.subject));
      if (summary) return (await mailboxMessage(server, summary.id)).text;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`No email matching ${subject} reached ${email}`);
  }

  it('resets a forgotten password by email, once, and ends the old sessions; unknown addresses get the same answer', async () => {
    const unknown = await request(server.http)
      .post('/api/identity/password-resets')
      .send({ email: 'nobody@nowhere.test' })
      .expect(202);
    const known = await request(server.http)
      .post('/api/identity/password-resets')
      .send({ email: 'hana@globex.demo' })
      .expect(202);
    expect(known.body).toEqual(unknown.body);
    const oldSession = await signIn(server, 'hana@globex.demo');
    const text = await mailTo('hana@globex.demo', /^Reset your Lexport portal password$/);
    const match = /\/password-resets\/([0-9a-f-]{36})\?token=([A-Za-z0-9_%-]+)/.exec(text);
    const [userId, token] = [match?.[1] ?? '', decodeURIComponent(match?.[2] ?? '')];
    expect((await request(server.http).get(`/api/identity/password-resets/${userId}`).query({ token })).body).toEqual({
      status: 'valid',
    });
    await request(server.http)
      .post('/api/identity/password-resets/complete')
      .send({ userId, token, password: 'qwerty123456' })
      .expect(422);
    await request(server.http)
      .post('/api/identity/password-resets/complete')
      .send({ userId, token, password: 'saffron-glacier-otter-banjo-4' })
      .expect(200);
    await oldSession.get('/api/requests/categories').expect(401);
    const reused = await request(server.http)
      .post('/api/identity/password-resets/complete')
      .send({ userId, token, password: 'another-fine-passphrase-here' })
      .expect(422);
    expect(reused.body.code).toBe('reset-link-invalid');
    await signIn(server, 'hana@globex.demo', 'saffron-glacier-otter-banjo-4');
    expect(await mailTo('hana@globex.demo', /password was changed/)).toContain('/forgot-password');
  });

  it('changes one’s own password after checking the current one', async () => {
    const paul = await signIn(server, 'paul.legal@lexport.demo');
    const wrong = await paul
      .put('/api/identity/session/password')
      .send({ currentPassword: 'not-it-at-all', newPassword: 'walnut-beacon-prairie-cello-2' })
      .expect(422);
    expect(wrong.body.errors[0].pointer).toBe('/currentPassword');
    await paul
      .put('/api/identity/session/password')
      .send({ currentPassword: 'lantern-harbour-violet-2026', newPassword: 'walnut-beacon-prairie-cello-2' })
      .expect(200);
    await paul.get('/api/requests/categories').expect(200);
    await signIn(server, 'paul.legal@lexport.demo', 'walnut-beacon-prairie-cello-2');
    await paul
      .put('/api/identity/session/password')
      .send({ currentPassword: 'walnut-beacon-prairie-cello-2', newPassword: 'lantern-harbour-violet-2026' })
      .expect(200);
  });

  it('searches users by any part of their name or address, filtered by role and organization', async () => {
    const emails = async (query: Record<string, string>) =>
      ((await admin.get('/api/identity/users').query(query).expect(200)).body.items as Array<{ email: string }>).map(
        (user) => user.email,
      );
    expect(await emails({ search: 'ACME.demo' })).toEqual(
      expect.arrayContaining(['claire@acme.demo', 'marc@acme.demo']),
    );
    expect(await emails({ search: 'ACME.demo' })).not.toContain('hana@globex.demo');
    expect(await emails({ search: 'dupont' })).toEqual(['claire@acme.demo']);
    expect(await emails({ organizationId: 'globex', role: 'client' })).toContain('hana@globex.demo');
    expect(await emails({ organizationId: 'globex' })).not.toContain('claire@acme.demo');
    const staff = await emails({ role: 'staff' });
    expect(staff).toEqual(
      expect.arrayContaining(['admin@lexport.demo', 'paul.legal@lexport.demo', 'sophie.legal@lexport.demo']),
    );
    expect(staff).not.toContain('claire@acme.demo');
    const firstOfStaff = (
      await admin.get('/api/identity/users').query({ role: 'staff', limit: 1, offset: 1 }).expect(200)
    ).body;
    expect(firstOfStaff).toMatchObject({ total: staff.length, limit: 1, offset: 1, items: [{ email: staff[1] }] });
  });

  it('signs out', async () => {
    const paul = await signIn(server, 'paul.legal@lexport.demo');
    await paul.delete('/api/identity/session').expect(204);
    await paul.get('/api/requests/categories').expect(401);
  });
});

describe('sign-in throttling', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', SIGN_IN_ATTEMPTS_PER_MINUTE: '3' });
  });
  afterAll(() => server.close());

  it('answers too many sign-in attempts from one address with a 429 problem', async () => {
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await request(server.http)
        .post('/api/identity/session')
        .send({ email: 'nobody@acme.demo', password: 'guess-number-one-two' })
        .expect(401);
    }
    const throttled = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'nobody@acme.demo', password: 'guess-number-one-two' })
      .expect(429);
    expect(throttled.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    expect(throttled.body.detail).not.toMatch(/ThrottlerException/);
  });
});
