import request from 'supertest';
import { EVENT_STORE, ProjectionsService } from '@lexport/shared-platform';
import type { EventStore } from '@lexport/shared-eventstore';
import { randomUUID } from 'node:crypto';
import { emailClaimStreamName } from '@lexport/identity-module';
import { categoryNameStreamName } from '@lexport/requests-module';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const strongPassword = 'copper-meadow-quartz-lantern-19';

describe('addresses and email domains given back by workflows', () => {
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

  async function eventually(stream: string, type: string): Promise<string[]> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const types = (await events.readStream(stream)).map((event) => event.type);
      if (types.includes(type)) return types;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return (await events.readStream(stream)).map((event) => event.type);
  }

  it('releases the address of a withdrawn invitation, and the address can be invited again at once', async () => {
    const invited = await admin
      .post('/api/identity/users')
      .send({ email: 'withdrawn@acme.demo', name: 'Withdrawn Person', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    await admin.delete(`/api/identity/users/${invited.body.id}/invitation`).expect(200);
    // Whether or not the workflow has already given the address back, a new invitation takes it.
    const again = await admin
      .post('/api/identity/users')
      .send({ email: 'withdrawn@acme.demo', name: 'Withdrawn Person', roles: ['client'], organizationId: 'acme' })
      .expect(201);
    expect(again.body.id).not.toBe(invited.body.id);
    const claim = await eventually(emailClaimStreamName('withdrawn@acme.demo'), 'EmailReleased');
    expect(claim.slice(0, 3)).toEqual(['EmailClaimed', 'EmailReleased', 'EmailClaimed']);
  });

  it('releases the address of a declined sign-up through the workflow', async () => {
    await request(server.http)
      .post('/api/identity/sign-ups')
      .send({ email: 'declined@elsewhere.test', name: 'Declined Person', password: strongPassword })
      .expect(202);
    const [account] = (await admin.get('/api/identity/users').query({ search: 'declined@elsewhere.test' })).body.items;
    await admin.post(`/api/identity/users/${account.id}/sign-up/decline`).expect(200);
    expect(await eventually(emailClaimStreamName('declined@elsewhere.test'), 'EmailReleased')).toEqual([
      'EmailClaimed',
      'EmailReleased',
    ]);
  });

  it('gives back a domain an organization no longer lists; another organization takes it and sign-ups follow it', async () => {
    const first = await admin
      .post('/api/identity/organizations')
      .send({ name: 'First Holder', emailDomains: ['moving.test', 'staying.test'] })
      .expect(201);
    await admin
      .put(`/api/identity/organizations/${first.body.id}`)
      .send({ name: 'First Holder', emailDomains: ['staying.test'] })
      .expect(200);
    expect(await eventually('identity-email-domain-moving.test', 'EmailDomainReleased')).toEqual([
      'EmailDomainClaimed',
      'EmailDomainReleased',
    ]);
    const second = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Second Holder', emailDomains: ['moving.test'] })
      .expect(201);
    const taken = await admin
      .post('/api/identity/organizations')
      .send({ name: 'Third Holder', emailDomains: ['staying.test'] })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'email-domain-taken',
      detail: 'staying.test already belongs to First Holder',
    });

    await request(server.http)
      .post('/api/identity/sign-ups')
      .send({ email: 'newcomer@moving.test', name: 'New Comer', password: strongPassword })
      .expect(202);
    const [newcomer] = (await admin.get('/api/identity/users').query({ search: 'newcomer@moving.test' })).body.items;
    expect(newcomer.organizationId).toBe(second.body.id);
  });

  it('gives the previous name of a renamed category to the next category, and refuses a name in use', async () => {
    const staff = await signIn(server, 'sophie.legal@lexport.demo');
    const first = await staff.post('/api/requests/categories').send({ name: 'Tax advice' }).expect(201);
    expect((await staff.post('/api/requests/categories').send({ name: 'tax  ADVICE' }).expect(409)).body.code).toBe(
      'category-name-taken',
    );
    await staff.put(`/api/requests/categories/${first.body.id}/name`).send({ name: 'Tax and duties' }).expect(200);
    // Whether or not the workflow has already given the name back, a new category takes it.
    await staff.post('/api/requests/categories').send({ name: 'Tax advice' }).expect(201);
    expect((await staff.post('/api/requests/categories').send({ name: 'Tax and duties' }).expect(409)).body.code).toBe(
      'category-name-taken',
    );
  });

  it('keeps the name of a category that renamed only its case, or took its old name back, even after the workflow ran', async () => {
    const staff = await signIn(server, 'sophie.legal@lexport.demo');
    const cased = await staff.post('/api/requests/categories').send({ name: 'customs' }).expect(201);
    await staff.put(`/api/requests/categories/${cased.body.id}/name`).send({ name: 'Customs' }).expect(200);
    const back = await staff.post('/api/requests/categories').send({ name: 'Insolvency' }).expect(201);
    await staff.put(`/api/requests/categories/${back.body.id}/name`).send({ name: 'Restructuring' }).expect(200);
    const last = await staff
      .put(`/api/requests/categories/${back.body.id}/name`)
      .send({ name: 'Insolvency' })
      .expect(200);
    // Let the workflow handle every rename before trying to take the names.
    const workflowsDone = await server.app
      .get(ProjectionsService)
      .waitForPosition(['requests_release_previous_category_name'], last.body.position, 5000);
    expect(workflowsDone).toBe(true);
    expect((await staff.post('/api/requests/categories').send({ name: 'CUSTOMS' }).expect(409)).body.code).toBe(
      'category-name-taken',
    );
    expect((await staff.post('/api/requests/categories').send({ name: 'insolvency' }).expect(409)).body.code).toBe(
      'category-name-taken',
    );
    await staff.post('/api/requests/categories').send({ name: 'Restructuring' }).expect(201);
  });

  it('gives a category name left by a crashed creation to the next category', async () => {
    const staff = await signIn(server, 'sophie.legal@lexport.demo');
    await events.appendToStream(categoryNameStreamName('Half Made'), [
      {
        id: randomUUID(),
        type: 'CategoryNameClaimed',
        data: { categoryId: randomUUID(), claimedAt: new Date().toISOString() },
        metadata: {
          actor: 'crashed',
          correlationId: 'c',
          causationId: randomUUID(),
          occurredAt: new Date().toISOString(),
          schemaVersion: 1,
        },
      },
    ]);
    await staff.post('/api/requests/categories').send({ name: 'Half made' }).expect(201);
  });
});
