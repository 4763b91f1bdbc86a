import request from 'supertest';
import { inviteAndSignIn, linkInMailbox, mailboxTo, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const password = 'copper-meadow-quartz-lantern-19';

/** Retries a read until it holds: projections and the outbox follow the event store by a few milliseconds. */
async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = await read();
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`Still not true after 5 s: ${what}`);
}

describe('sign-up, organizations, roles and notifications over HTTP', () => {
  let server: TestServer;
  let admin: SignedIn;
  let secondAdmin: SignedIn;

  const anonymous = () => request(server.http);
  const subjectsTo = async (email: string) => (await mailboxTo(server, email)).map((mail) => mail.subject);
  const usersNamed = async (email: string) =>
    (await admin.get('/api/identity/users').query({ search: email })).body.items as Array<Record<string, unknown>>;
  const notificationsOf = async (as: SignedIn) =>
    (await as.get('/api/notifications').expect(200)).body as {
      items: Array<{ id: string; kind: string; params: Record<string, string>; read: boolean; position: number }>;
      unread: number;
    };
  const policy = (mode: string, requireApproval: boolean) =>
    admin.put('/api/identity/sign-up-policy').send({ mode, requireApproval }).expect(200);
  const signUp = (body: Record<string, unknown>) =>
    anonymous()
      .post('/api/identity/sign-ups')
      .send({ password, language: 'en', ...body });
  const verificationLink = (email: string) => linkInMailbox(server, email, /\/email-verifications/);

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true' });
    admin = await signIn(server, 'admin@lexport.demo');
    secondAdmin = await inviteAndSignIn(server, admin, {
      email: 'root@lexport.demo',
      name: 'Robin Admin',
      roles: ['admin'],
    });
  });

  afterAll(() => server.close());

  it('tells anyone whether sign-up is open, and lets only admins change it', async () => {
    expect((await anonymous().get('/api/identity/sign-up-policy').expect(200)).body).toEqual({
      mode: 'open',
      requireApproval: true,
    });
    await anonymous().put('/api/identity/sign-up-policy').send({ mode: 'disabled', requireApproval: true }).expect(401);
    const invalid = await admin
      .put('/api/identity/sign-up-policy')
      .send({ mode: 'sometimes', requireApproval: 'yes' })
      .expect(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/mode',
      '/requireApproval',
    ]);
  });

  it('refuses sign-ups while closed, and addresses outside client domains when only those may sign up', async () => {
    await policy('disabled', true);
    expect((await signUp({ email: 'zoe@acme.demo', name: 'Zoé' }).expect(403)).body.code).toBe('sign-up-disabled');
    await policy('allowed-domains', false);
    const outsider = await signUp({ email: 'zoe@elsewhere.test', name: 'Zoé' }).expect(422);
    expect(outsider.body).toMatchObject({ code: 'email-domain-not-allowed', errors: [{ pointer: '/email' }] });
    expect(await usersNamed('zoe@')).toEqual([]);
  });

  it('signs up an address of a client domain into that organization once the email is confirmed', async () => {
    await policy('allowed-domains', false);
    expect((await signUp({ email: 'Zoe@Acme.demo', name: 'Zoé Girard', language: 'fr' }).expect(202)).body).toEqual({
      status: 'verification-sent',
    });
    const { userId, token, subject } = await verificationLink('zoe@acme.demo');
    expect(subject).toBe('Confirmez votre adresse e-mail pour Lexport');

    const early = await anonymous()
      .post('/api/identity/session')
      .send({ email: 'zoe@acme.demo', password })
      .expect(403);
    expect(early.body.code).toBe('email-not-verified');
    // Without the right password nobody learns that the account exists.
    expect(
      (
        await anonymous()
          .post('/api/identity/session')
          .send({ email: 'zoe@acme.demo', password: 'wrong-password-entirely' })
          .expect(401)
      ).body.code,
    ).toBe('invalid-credentials');

    expect(
      (await anonymous().get(`/api/identity/email-verifications/${userId}`).query({ token }).expect(200)).body,
    ).toEqual({ status: 'valid' });
    expect(
      (
        await anonymous()
          .get(`/api/identity/email-verifications/${userId}`)
          .query({ token: `${token}x` })
      ).body,
    ).toEqual({ status: 'invalid' });
    expect(
      (await anonymous().post('/api/identity/email-verifications').send({ userId, token, password }).expect(200)).body,
    ).toEqual({ status: 'active' });
    expect(
      (await anonymous().post('/api/identity/email-verifications').send({ userId, token, password }).expect(409)).body
        .code,
    ).toBe('email-already-verified');
    expect((await anonymous().get(`/api/identity/email-verifications/${userId}`).query({ token })).body).toEqual({
      status: 'used',
    });

    const zoe = await signIn(server, 'zoe@acme.demo', password);
    expect((await zoe.get('/api/identity/session')).body.user).toMatchObject({
      id: userId,
      roles: ['client'],
      organizationId: 'acme',
      language: 'fr',
    });
  });

  it('holds a confirmed sign-up for approval, tells the admins, and opens it into the organization an admin picks', async () => {
    await policy('open', true);
    await signUp({ email: 'nina@initech.test', name: 'Nina Rossi', organizationName: 'Initech' }).expect(202);
    const { userId, token } = await verificationLink('nina@initech.test');
    expect(
      (await anonymous().post('/api/identity/email-verifications').send({ userId, token, password }).expect(200)).body,
    ).toEqual({ status: 'awaiting-approval' });
    expect(
      (await anonymous().post('/api/identity/session').send({ email: 'nina@initech.test', password }).expect(403)).body
        .code,
    ).toBe('account-awaiting-approval');

    const waiting = await eventually(
      () => notificationsOf(admin),
      (inbox) => inbox.items.some((item) => item.kind === 'sign-up-awaiting-approval'),
      'the admin is notified in the app',
    );
    expect(waiting.items.find((item) => item.kind === 'sign-up-awaiting-approval')?.params).toEqual({
      name: 'Nina Rossi',
      email: 'nina@initech.test',
      organizationName: 'Initech',
    });
    await eventually(
      () => subjectsTo('admin@lexport.demo'),
      (subjects) => subjects.includes('Nina Rossi signed up and waits for your approval'),
      'the admin is emailed',
    );
    const listed = await admin.get('/api/identity/users').query({ status: 'awaiting-approval' }).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: userId, signedUp: true, organizationName: 'Initech', organizationId: null }),
    ]);

    await admin
      .post(`/api/identity/users/${userId}/sign-up/approval`)
      .send({ organizationId: 'no-such-organization' })
      .expect(404);
    await admin.post(`/api/identity/users/${userId}/sign-up/approval`).send({ organizationId: 'globex' }).expect(200);
    expect(
      (
        await admin
          .post(`/api/identity/users/${userId}/sign-up/approval`)
          .send({ organizationId: 'globex' })
          .expect(409)
      ).body.code,
    ).toBe('sign-up-not-awaiting-approval');
    await eventually(
      () => subjectsTo('nina@initech.test'),
      (subjects) => subjects.includes('Your Lexport client portal account is ready'),
      'the person is told by email',
    );
    const nina = await signIn(server, 'nina@initech.test', password);
    expect((await nina.get('/api/identity/session')).body.user).toMatchObject({
      organizationId: 'globex',
      roles: ['client'],
    });
    await eventually(
      () => notificationsOf(nina),
      (inbox) => inbox.items.some((item) => item.kind === 'sign-up-approved'),
      'the person sees it in the app',
    );
  });

  it('declines a sign-up: the account never opens and the address may sign up again', async () => {
    await policy('open', true);
    await signUp({ email: 'eve@spam.test', name: 'Eve' }).expect(202);
    const first = await verificationLink('eve@spam.test');
    await anonymous()
      .post('/api/identity/email-verifications')
      .send({ userId: first.userId, token: first.token, password })
      .expect(200);
    await admin.post(`/api/identity/users/${first.userId}/sign-up/decline`).expect(200);
    expect(
      (await anonymous().post('/api/identity/session').send({ email: 'eve@spam.test', password }).expect(401)).body
        .code,
    ).toBe('invalid-credentials');
    await signUp({ email: 'eve@spam.test', name: 'Eve Again' }).expect(202);
    await eventually(
      () => subjectsTo('eve@spam.test'),
      (subjects) => subjects.filter((subject) => subject.startsWith('Confirm your email')).length === 2,
      'a second confirmation email',
    );
  });

  it("does not let someone who signed up with another person's address keep it or have its owner confirm it", async () => {
    await policy('open', true);
    const attackerPassword = 'violet-harbour-copper-lantern-41';
    await signUp({ email: 'new.hire@acme.demo', name: 'New Hire', password: attackerPassword }).expect(202);
    const attackers = await verificationLink('new.hire@acme.demo');
    // The owner, not knowing the attacker's password, cannot confirm the attacker's sign-up from its email.
    const refused = await anonymous()
      .post('/api/identity/email-verifications')
      .send({ userId: attackers.userId, token: attackers.token, password })
      .expect(422);
    expect(refused.body).toMatchObject({ code: 'verification-password-wrong', errors: [{ pointer: '/password' }] });
    // Her own sign-up replaces the unconfirmed one, whose link dies.
    await signUp({ email: 'new.hire@acme.demo', name: 'New Hire' }).expect(202);
    const hers = await eventually(
      () => verificationLink('new.hire@acme.demo'),
      (link) => link.userId !== attackers.userId,
      'a confirmation link for the owner',
    );
    expect(
      (await anonymous().get(`/api/identity/email-verifications/${attackers.userId}`).query({ token: attackers.token }))
        .body,
    ).toEqual({ status: 'invalid' });
    await anonymous()
      .post('/api/identity/email-verifications')
      .send({ userId: attackers.userId, token: attackers.token, password: attackerPassword })
      .expect(422);
    expect(
      (
        await anonymous()
          .post('/api/identity/email-verifications')
          .send({ userId: hers.userId, token: hers.token, password })
          .expect(200)
      ).body,
    ).toEqual({ status: 'awaiting-approval' });
    const accounts = await usersNamed('new.hire@acme.demo');
    expect(accounts.map((account) => [account['id'], account['status']]).sort()).toEqual(
      [
        [attackers.userId, 'sign-up-declined'],
        [hers.userId, 'awaiting-approval'],
      ].sort(),
    );
  });

  it('answers a sign-up with an existing address exactly like a new one, and warns the owner instead', async () => {
    await policy('open', true);
    const known = await signUp({ email: 'claire@acme.demo', name: 'Someone Else' }).expect(202);
    const unknown = await signUp({ email: 'brand.new@acme.demo', name: 'Brand New' }).expect(202);
    expect(known.body).toEqual(unknown.body);
    await eventually(
      () => subjectsTo('claire@acme.demo'),
      (subjects) => subjects.includes('Quelqu’un a tenté de s’inscrire sur Lexport avec votre adresse'),
      'the owner is warned',
    );
    expect((await usersNamed('claire@acme.demo')).map((user) => user.name)).toEqual(['Claire Dupont']);
  });

  it('validates sign-ups at the edge and stores nothing when they are refused', async () => {
    await policy('open', true);
    const invalid = await signUp({ email: 'not-an-email', name: '', password: '' }).expect(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/email',
      '/name',
      '/password',
    ]);
    const weak = await signUp({ email: 'weak@acme.demo', name: 'Weak', password: 'password12345' }).expect(422);
    expect(weak.body).toMatchObject({ code: 'password-too-guessable', errors: [{ pointer: '/password' }] });
    await anonymous()
      .post('/api/identity/sign-ups')
      .send({ email: 'x@acme.demo', name: 'X', password, admin: true })
      .expect(400);
    expect(await usersNamed('weak@acme.demo')).toEqual([]);
  });

  it('resends a confirmation link; the older link stops working; unknown addresses get the same answer', async () => {
    await policy('open', true);
    await signUp({ email: 'late@acme.demo', name: 'Late Reader' }).expect(202);
    const first = await verificationLink('late@acme.demo');
    const resent = await anonymous()
      .post('/api/identity/email-verifications/resend')
      .send({ email: 'late@acme.demo' })
      .expect(202);
    expect(
      (
        await anonymous()
          .post('/api/identity/email-verifications/resend')
          .send({ email: 'nobody@acme.demo' })
          .expect(202)
      ).body,
    ).toEqual(resent.body);
    await eventually(
      () => subjectsTo('late@acme.demo'),
      (subjects) => subjects.length === 2,
      'a second confirmation email',
    );
    expect(
      (
        await anonymous()
          .post('/api/identity/email-verifications')
          .send({ userId: first.userId, token: first.token, password })
          .expect(422)
      ).body.code,
    ).toBe('verification-invalid');
  });

  it('manages client organizations: unique email domains, validated, readable by legal staff only', async () => {
    const created = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Initech', emailDomains: ['@Initech.test'], requestVisibility: 'own' })
      .expect(201);
    const taken = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Acme Copy', emailDomains: ['acme.demo'] })
      .expect(409);
    expect(taken.body).toMatchObject({ code: 'email-domain-taken', errors: [{ pointer: '/emailDomains' }] });
    const malformed = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Bad', emailDomains: ['not a domain'] })
      .expect(400);
    expect(malformed.body.errors[0].pointer).toBe('/emailDomains/0');
    const staff = await signIn(server, 'paul.legal@lexport.demo');
    const list = await eventually(
      () => staff.get('/api/identity/organizations').expect(200),
      (response) => response.body.total === 3,
      'three organizations',
    );
    expect(list.body.items.map((organization: { name: string }) => organization.name)).toEqual([
      'Acme Industries',
      'Globex Corporation',
      'Initech',
    ]);
    expect(list.body.items[2]).toMatchObject({
      id: created.body.id,
      emailDomains: ['initech.test'],
      requestVisibility: 'own',
    });
    await admin
      .put(`/api/identity/organizations/${created.body.id}`)
      .send({ name: 'Initech SA', emailDomains: ['initech.test', 'initech.fr'], requestVisibility: 'organization' })
      .expect(200);
    await admin.put('/api/identity/organizations/no-such-organization').send({ name: 'Ghost' }).expect(404);

    // Two admins saving the same new domain at once: exactly one organization gets it.
    const racing = await Promise.all(
      ['Hooli', 'Pied Piper'].map((name) =>
        admin.post('/api/identity/organizations').send({ name, emailDomains: ['contested.test'] }),
      ),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409]);
    // A domain an organization gives up is free for another.
    await admin
      .put(`/api/identity/organizations/${created.body.id}`)
      .send({ name: 'Initech SA', emailDomains: ['initech.test'], requestVisibility: 'organization' })
      .expect(200);
    await admin
      .post('/api/identity/organizations')
      .send({ name: 'Initech France', emailDomains: ['initech.fr'] })
      .expect(201);
  });

  it('changes roles and organizations; the change applies to the next request and the person is notified', async () => {
    const marc = await signIn(server, 'marc@acme.demo');
    const marcId = (await marc.get('/api/identity/session')).body.user.id as string;
    await marc.get('/api/identity/users').expect(403);
    const misfit = await admin
      .put(`/api/identity/users/${marcId}/roles`)
      .send({ roles: ['client'], organizationId: null })
      .expect(422);
    expect(misfit.body).toMatchObject({ code: 'organization-required', errors: [{ pointer: '/organizationId' }] });
    await admin
      .put(`/api/identity/users/${marcId}/roles`)
      .send({ roles: ['client'], organizationId: 'nowhere' })
      .expect(404);
    await admin
      .put(`/api/identity/users/${marcId}/roles`)
      .send({ roles: ['staff', 'admin'] })
      .expect(200);
    await eventually(
      () => marc.get('/api/identity/users'),
      (response) => response.status === 200,
      'Marc may now list users',
    );
    await eventually(
      () => notificationsOf(marc),
      (inbox) => inbox.items.some((item) => item.kind === 'roles-changed'),
      'Marc is notified',
    );
    await admin
      .put(`/api/identity/users/${marcId}/roles`)
      .send({ roles: ['client'], organizationId: 'globex' })
      .expect(200);
    await eventually(
      () => marc.get('/api/identity/users'),
      (response) => response.status === 403,
      'Marc is a client again',
    );
    expect((await marc.get('/api/identity/session')).body.user.organizationId).toBe('globex');

    const aliceId = (await admin.get('/api/identity/session')).body.user.id as string;
    expect(
      (
        await admin
          .put(`/api/identity/users/${aliceId}/roles`)
          .send({ roles: ['staff'] })
          .expect(409)
      ).body.code,
    ).toBe('own-admin-role');
    expect((await admin.post(`/api/identity/users/${aliceId}/deactivation`).expect(409)).body.code).toBe(
      'own-deactivation',
    );
  });

  it('lets everyone change their own name and language', async () => {
    const hana = await signIn(server, 'hana@globex.demo');
    await hana.put('/api/identity/session/profile').send({ name: 'Hana Y.', language: 'fr' }).expect(200);
    await eventually(
      () => hana.get('/api/identity/session'),
      (response) => response.body.user.name === 'Hana Y.' && response.body.user.language === 'fr',
      'the profile changed',
    );
    const offered = await hana.get('/api/notifications/preferences').expect(200);
    expect(offered.body.categories.map((category: { id: string }) => category.id)).toEqual(['account', 'requests']);
    const invalid = await hana.put('/api/identity/session/profile').send({ name: ' ', language: 'de' }).expect(400);
    expect(invalid.body.errors.map((error: { pointer: string }) => error.pointer).sort()).toEqual([
      '/language',
      '/name',
    ]);
  });

  it('keeps optional emails off for whoever turned them off, never the mandatory ones, and still notifies in the app', async () => {
    expect((await admin.get('/api/notifications/preferences').expect(200)).body).toEqual({
      categories: [
        { id: 'account', mandatory: true, enabled: true },
        { id: 'administration', mandatory: false, enabled: true },
        { id: 'requests', mandatory: false, enabled: true },
      ],
    });
    await admin
      .put('/api/notifications/preferences')
      .send({ emailsOff: ['account'] })
      .expect(400);
    await admin
      .put('/api/notifications/preferences')
      .send({ emailsOff: ['administration'] })
      .expect(200);
    expect((await admin.get('/api/notifications/preferences')).body.categories[1]).toEqual({
      id: 'administration',
      mandatory: false,
      enabled: false,
    });

    await policy('open', true);
    await signUp({ email: 'quiet@initech.test', name: 'Quinn Quiet' }).expect(202);
    const link = await verificationLink('quiet@initech.test');
    await anonymous()
      .post('/api/identity/email-verifications')
      .send({ userId: link.userId, token: link.token, password })
      .expect(200);
    // The same event emails both admins in one step: once Robin has his, Alice's absence is the preference at work.
    await eventually(
      () => subjectsTo('root@lexport.demo'),
      (subjects) => subjects.includes('Quinn Quiet signed up and waits for your approval'),
      'Robin is emailed',
    );
    expect(await subjectsTo('admin@lexport.demo')).not.toContain('Quinn Quiet signed up and waits for your approval');
    await eventually(
      () => notificationsOf(admin),
      (inbox) => inbox.items.some((item) => item.params['name'] === 'Quinn Quiet'),
      'Alice still sees it in the app',
    );
    await admin.put('/api/notifications/preferences').send({ emailsOff: [] }).expect(200);
  });

  it('counts unread notifications, marks some or all read, and never touches anyone else’s', async () => {
    const before = await notificationsOf(secondAdmin);
    expect(before.unread).toBeGreaterThanOrEqual(2);
    const [first] = before.items;
    if (!first) throw new Error('Robin has no notifications');
    // Alice tries to mark Robin's notification read: it stays unread for Robin.
    await admin
      .post('/api/notifications/read')
      .send({ notificationIds: [first.id] })
      .expect(200);
    await secondAdmin.post('/api/notifications/read').send({ notificationIds: [] }).expect(400);
    await secondAdmin
      .post('/api/notifications/read')
      .send({ notificationIds: ['x'], upToPosition: 3 })
      .expect(400);
    expect((await notificationsOf(secondAdmin)).items.find((item) => item.id === first.id)?.read).toBe(false);

    await secondAdmin
      .post('/api/notifications/read')
      .send({ notificationIds: [first.id] })
      .expect(200);
    const afterOne = await eventually(
      () => notificationsOf(secondAdmin),
      (inbox) => inbox.unread === before.unread - 1,
      'one fewer unread',
    );
    expect(afterOne.items.find((item) => item.id === first.id)?.read).toBe(true);
    expect((await secondAdmin.get('/api/notifications/unread-count').expect(200)).body).toEqual({
      unread: before.unread - 1,
    });

    await secondAdmin
      .post('/api/notifications/read')
      .send({ upToPosition: Math.max(...afterOne.items.map((item) => item.position)) })
      .expect(200);
    await eventually(
      () => secondAdmin.get('/api/notifications/unread-count'),
      (response) => response.body.unread === 0,
      'all read',
    );
    expect((await notificationsOf(secondAdmin)).items.every((item) => item.read)).toBe(true);
    expect((await secondAdmin.get('/api/notifications').query({ unread: 'true' })).body.total).toBe(0);
  });
});
