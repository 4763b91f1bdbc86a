import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ManualClock } from '@lexport/shared-ddd';
import { EVENT_STORE, IdempotencyInterceptor, READ_STORE } from '@lexport/shared-platform';
import type { EventStore } from '@lexport/shared-eventstore';
import { emailClaimStreamName } from '@lexport/identity-module';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const strongPassword = 'copper-meadow-quartz-lantern-19';
const newKey = () => `key-${randomUUID()}`;

describe('retries with an Idempotency-Key', () => {
  let server: TestServer;
  let admin: SignedIn;
  let secondAdmin: SignedIn;
  let events: EventStore;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', DEV_MAILBOX: 'true' });
    admin = await signIn(server, 'admin@lexport.demo');
    const invited = await admin
      .post('/api/identity/users')
      .send({ email: 'second.admin@lexport.demo', name: 'Second Admin', roles: ['admin'] })
      .expect(201);
    events = server.app.get(EVENT_STORE);
    await acceptInvitationOf(invited.body.id);
    secondAdmin = await signIn(server, 'second.admin@lexport.demo', strongPassword);
  });

  afterAll(() => server.close());

  /** Accepting needs the emailed token; the test reads it from the stream's invitation id through the public link. */
  async function acceptInvitationOf(userId: string): Promise<void> {
    const token = await invitationToken(userId);
    await request(server.http)
      .post('/api/identity/invitations/accept')
      .send({ userId, token, password: strongPassword })
      .expect(200);
  }

  async function invitationToken(userId: string): Promise<string> {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const page = await admin.get('/api/dev/mailbox');
      for (const summary of (page.body.items ?? []) as Array<{ id: string }>) {
        const message = await admin.get(`/api/dev/mailbox/${summary.id}`);
        const match = new RegExp(`/invitations/${userId}\\?token=([A-Za-z0-9_%-]+)`).exec(message.body.text ?? '');
        if (match?.[1]) return decodeURIComponent(match[1]);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no invitation email for ${userId}`);
  }

  const usersAt = async (email: string) =>
    (await admin.get('/api/identity/users').query({ search: email }).expect(200)).body.items as Array<{
      id: string;
      email: string;
      status: string;
    }>;

  async function streamOf(name: string) {
    return events.readStream(name);
  }

  it('invites once when an invitation is retried with the same key and body', async () => {
    const key = newKey();
    const body = {
      email: 'retried.invite@acme.demo',
      name: 'Retried Invite',
      roles: ['client'],
      organizationId: 'acme',
    };
    const first = await admin.post('/api/identity/users').set('Idempotency-Key', key).send(body).expect(201);
    const second = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ ...body, roles: ['client'] })
      .expect(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.position).toBe(first.body.position);
    const listed = await usersAt('retried.invite@acme.demo');
    expect(listed.map((user) => user.id)).toEqual([first.body.id]);
    expect(
      (await streamOf(`identity-user-${first.body.id}`)).filter((event) => event.type === 'UserInvited'),
    ).toHaveLength(1);
  });

  it('treats the same body with its fields in another order as the same request', async () => {
    const key = newKey();
    const first = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'order@acme.demo', name: 'Field Order', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    const second = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ organizationId: 'acme', roles: ['client'], name: 'Field Order', email: 'order@acme.demo' })
      .expect(201);
    expect(second.body.id).toBe(first.body.id);
  });

  it('creates one organization when its creation is retried with the same key', async () => {
    const key = newKey();
    const body = { name: 'Retried Holdings', emailDomains: ['retried-holdings.test'] };
    const first = await admin.post('/api/identity/organizations').set('Idempotency-Key', key).send(body).expect(201);
    const second = await admin.post('/api/identity/organizations').set('Idempotency-Key', key).send(body).expect(201);
    expect(second.body.id).toBe(first.body.id);
    const listed = (await admin.get('/api/identity/organizations').query({ search: 'Retried Holdings' }).expect(200))
      .body.items;
    expect(listed).toHaveLength(1);
  });

  it('signs up once when a sign-up is retried with the same key', async () => {
    await admin.put('/api/identity/sign-up-policy').send({ mode: 'open', requireApproval: true }).expect(200);
    const key = newKey();
    const body = { email: 'retried.sign-up@elsewhere.test', name: 'Retried Sign-Up', password: strongPassword };
    await request(server.http).post('/api/identity/sign-ups').set('Idempotency-Key', key).send(body).expect(202);
    await request(server.http).post('/api/identity/sign-ups').set('Idempotency-Key', key).send(body).expect(202);
    const accounts = await usersAt('retried.sign-up@elsewhere.test');
    expect(accounts).toHaveLength(1);
    const history = await streamOf(`identity-user-${accounts[0]?.id}`);
    expect(history.map((event) => event.type)).toEqual(['UserSignedUp']);
  });

  it('refuses the key reused with another body (422) and writes nothing for it', async () => {
    const key = newKey();
    await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'first.body@acme.demo', name: 'First Body', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    const reused = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'second.body@acme.demo', name: 'Second Body', roles: ['client'], organizationId: 'acme' })
      .expect(422);
    expect(reused.body).toMatchObject({ code: 'idempotency-key-reused', status: 422 });
    expect(await usersAt('second.body@acme.demo')).toEqual([]);
    expect(await streamOf(emailClaimStreamName('second.body@acme.demo'))).toEqual([]);
  });

  it('refuses the key reused on another route (422)', async () => {
    const key = newKey();
    await admin.post('/api/identity/organizations').set('Idempotency-Key', key).send({ name: 'Route One' }).expect(201);
    const reused = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'route.two@acme.demo', name: 'Route Two', roles: ['client'], organizationId: 'acme' })
      .expect(422);
    expect(reused.body.code).toBe('idempotency-key-reused');
    expect(await usersAt('route.two@acme.demo')).toEqual([]);
  });

  it("never answers another caller with someone else's result: the same key from another admin is refused", async () => {
    const key = newKey();
    const body = { email: 'first.caller@acme.demo', name: 'First Caller', roles: ['client'], organizationId: 'acme' };
    await admin.post('/api/identity/users').set('Idempotency-Key', key).send(body).expect(201);
    const other = await secondAdmin.post('/api/identity/users').set('Idempotency-Key', key).send(body).expect(422);
    expect(other.body.code).toBe('idempotency-key-reused');
    expect(await usersAt('first.caller@acme.demo')).toHaveLength(1);
  });

  it('refuses a malformed key with 400 before anything is written', async () => {
    const response = await admin
      .post('/api/identity/organizations')
      .set('Idempotency-Key', 'short')
      .send({ name: 'Malformed Key Ltd' })
      .expect(400);
    expect(response.body.status).toBe(400);
    expect((await admin.get('/api/identity/organizations').query({ search: 'Malformed Key Ltd' })).body.items).toEqual(
      [],
    );
  });
});

describe('an Idempotency-Key over time and after a refusal', () => {
  const clock = new ManualClock(new Date());
  let server: TestServer;
  let admin: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', DEV_MAILBOX: 'true' }, clock);
    admin = await signIn(server, 'admin@lexport.demo');
  });

  afterAll(() => server.close());

  const usersAt = async (email: string) =>
    (await admin.get('/api/identity/users').query({ search: email }).expect(200)).body.items as Array<{ id: string }>;

  it('never answers a new request with an old outcome, even once the key has lapsed', async () => {
    const key = newKey();
    const first = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'lapsed.first@acme.demo', name: 'Lapsed First', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    await admin
      .post('/api/identity/organizations')
      .set('Idempotency-Key', newKey())
      .send({ name: 'Swept Later' })
      .expect(201);
    clock.advance(25 * 3_600_000);
    admin = await signIn(server, 'admin@lexport.demo');
    const second = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'lapsed.second@acme.demo', name: 'Lapsed Second', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    expect((await usersAt('lapsed.second@acme.demo')).map((user) => user.id)).toEqual([second.body.id]);
    // Lapsed bindings are forgotten by the hourly sweep; the one bound a moment ago stays.
    const sweeper = new IdempotencyInterceptor(server.app.get(READ_STORE), clock);
    expect(await sweeper.sweep()).toBeGreaterThanOrEqual(1);
    expect(await sweeper.sweep()).toBe(0);
    const reused = await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'lapsed.third@acme.demo', name: 'Lapsed Third', roles: ['client'], organizationId: 'acme' });
    expect(reused.status).toBe(422);
  });

  it('leaves the key of a refused request free for the corrected one', async () => {
    const key = newKey();
    await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'not-an-address', name: 'Typo', roles: ['client'], organizationId: 'acme' })
      .expect(400);
    await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'no.typo@acme.demo', name: 'Typo', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    expect(await usersAt('no.typo@acme.demo')).toHaveLength(1);
    // Once a request succeeded, the key stays bound to it.
    await admin
      .post('/api/identity/users')
      .set('Idempotency-Key', key)
      .send({ email: 'other@acme.demo', name: 'Other', roles: ['client'], organizationId: 'acme' })
      .expect(422);
  });
});

describe('a command over two streams that crashed half-way', () => {
  let server: TestServer;
  let admin: SignedIn;
  let events: EventStore;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', DEV_MAILBOX: 'true' });
    admin = await signIn(server, 'admin@lexport.demo');
    events = server.app.get(EVENT_STORE);
    await admin.put('/api/identity/sign-up-policy').send({ mode: 'open', requireApproval: true }).expect(200);
  });

  afterAll(() => server.close());

  /** The state a SIGKILL between the claim and the account leaves: the address claimed for an account never created. */
  async function orphanClaim(email: string): Promise<string> {
    const deadUserId = randomUUID();
    await events.appendToStream(emailClaimStreamName(email), [
      {
        id: randomUUID(),
        type: 'EmailClaimed',
        data: { userId: deadUserId, claimedAt: new Date().toISOString() },
        metadata: {
          actor: 'crashed',
          correlationId: randomUUID(),
          causationId: randomUUID(),
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
    return deadUserId;
  }

  it('lets an admin invite the address again; the dead account can never be created afterwards', async () => {
    const deadUserId = await orphanClaim('half.invited@acme.demo');
    const invited = await admin
      .post('/api/identity/users')
      .send({ email: 'half.invited@acme.demo', name: 'Half Invited', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    expect(invited.body.id).not.toBe(deadUserId);
    expect((await events.readStream(`identity-user-${deadUserId}`)).map((event) => event.type)).toEqual([
      'UnfinishedAccountAbandoned',
    ]);
    const users = (await admin.get('/api/identity/users').query({ search: 'half.invited@acme.demo' })).body.items;
    expect(users.map((user: { id: string }) => user.id)).toEqual([invited.body.id]);
  });

  it('answers a sign-up with such an address like any other (202) and opens the account', async () => {
    await orphanClaim('half.signed@elsewhere.test');
    await request(server.http)
      .post('/api/identity/sign-ups')
      .send({ email: 'half.signed@elsewhere.test', name: 'Half Signed', password: strongPassword })
      .expect(202);
    const users = (await admin.get('/api/identity/users').query({ search: 'half.signed@elsewhere.test' })).body.items;
    expect(users).toHaveLength(1);
    expect(users[0].status).toBe('unverified');
  });

  it('refuses the crashed command when it is retried after its address was taken over, and keeps one owner', async () => {
    const key = newKey();
    const body = { email: 'resumed@acme.demo', name: 'Resumed Late', roles: ['client'], organizationId: 'acme' };
    // The first attempt claimed the address and died before the account was written: replay that with the same key.
    const claimOnly = await admin.post('/api/identity/users').set('Idempotency-Key', key).send(body).expect(201);
    const userStream = `identity-user-${claimOnly.body.id}`;
    const claimStream = emailClaimStreamName('resumed@acme.demo');
    // Rewind to the half state: a fresh store where only the claim exists is what a crash leaves.
    const fresh = await startTestServer({ DEMO_DATA: 'true', DEV_MAILBOX: 'true' });
    try {
      const freshEvents = fresh.app.get<EventStore>(EVENT_STORE);
      const [claim] = await events.readStream(claimStream);
      if (!claim) throw new Error('no claim written');
      await freshEvents.appendToStream(claimStream, [
        { id: claim.id, type: claim.type, data: claim.data, metadata: claim.metadata },
      ]);
      const freshAdmin = await signIn(fresh, 'admin@lexport.demo');
      // Someone else invites the address meanwhile: the claim is taken over.
      const other = await freshAdmin
        .post('/api/identity/users')
        .send({ ...body, name: 'Someone Else' })
        .expect(201);
      // The crashed request is retried with its key by the admin who sent it: it must not create a second account.
      const late = await freshAdmin.post('/api/identity/users').set('Idempotency-Key', key).send(body);
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('command-superseded');
      expect((await freshEvents.readStream(userStream)).map((event) => event.type)).toEqual([
        'UnfinishedAccountAbandoned',
      ]);
      const users = (await freshAdmin.get('/api/identity/users').query({ search: 'resumed@acme.demo' })).body.items;
      expect(users.map((user: { id: string }) => user.id)).toEqual([other.body.id]);
    } finally {
      await fresh.close();
    }
  });

  it('gives an email domain left claimed by a crashed organization creation to the next organization', async () => {
    const deadOrganizationId = randomUUID();
    await events.appendToStream('identity-email-domain-half-created.test', [
      {
        id: randomUUID(),
        type: 'EmailDomainClaimed',
        data: { organizationId: deadOrganizationId, claimedAt: new Date().toISOString() },
        metadata: {
          actor: 'crashed',
          correlationId: randomUUID(),
          causationId: randomUUID(),
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
    // Before the take-over, an address at the domain signs up as one matching no organization (approval needed).
    await request(server.http)
      .post('/api/identity/sign-ups')
      .send({ email: 'early@half-created.test', name: 'Early Bird', password: strongPassword })
      .expect(202);
    const early = (await admin.get('/api/identity/users').query({ search: 'early@half-created.test' })).body.items;
    expect(early).toMatchObject([{ organizationId: null }]);
    const created = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Half Created', emailDomains: ['half-created.test'] })
      .expect(201);
    expect((await events.readStream(`identity-organization-${deadOrganizationId}`)).map((event) => event.type)).toEqual(
      ['UnfinishedOrganizationAbandoned'],
    );
    const organization = (await admin.get('/api/identity/organizations').query({ search: 'Half Created' })).body
      .items[0];
    expect(organization).toMatchObject({ id: created.body.id, emailDomains: ['half-created.test'] });
  });
});
