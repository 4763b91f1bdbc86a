import request from 'supertest';
import { uuidFromName } from '@lexport/shared-platform';
import { mailboxTo, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

/** Claire's demo request (Acme shares its requests within the organization). */
const claireRequest = uuidFromName(`${uuidFromName('demo-data/submission/0')}/creates/request`);
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('notes on a matter, both ways and internal (embedded store)', () => {
  let server: TestServer;
  let claire: SignedIn;
  let marc: SignedIn;
  let hana: SignedIn;
  let paul: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ READ_YOUR_WRITES_TIMEOUT_MS: '2000', DEMO_DATA: 'true' });
    claire = await signIn(server, 'claire@acme.demo');
    marc = await signIn(server, 'marc@acme.demo');
    hana = await signIn(server, 'hana@globex.demo');
    paul = await signIn(server, 'paul.legal@lexport.demo');
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  const head = async () => (await request(server.http).get('/api/health')).body.info.eventStore.head as number;
  const upload = (who: SignedIn, name: string) =>
    who
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .set('x-file-name', encodeURIComponent(name))
      .send(pdf)
      .expect(201);
  const notes = (who: SignedIn, position: number) =>
    who.get(`/api/matters/${claireRequest}/notes`).set('x-lexport-position', String(position));
  const note = (who: SignedIn, body: object) => who.post(`/api/matters/${claireRequest}/notes`).send(body);

  it('carries a conversation both ways, with files, and keeps internal notes from every client', async () => {
    const file = await upload(claire, 'statuts.pdf');
    const fromClaire = await note(claire, {
      body: 'Voici les statuts signés.',
      attachmentIds: [file.body.attachmentId],
    }).expect(201);
    const fromPaul = await note(paul, { body: 'Thank you, we are on it.' }).expect(201);
    const secret = await upload(paul, 'strategy.pdf');
    const internal = await note(paul, {
      body: 'Internal: the share price looks undervalued.',
      internal: true,
      attachmentIds: [secret.body.attachmentId],
    }).expect(201);

    const seenByPaul = await notes(paul, internal.body.position).expect(200);
    expect(seenByPaul.body.map((item: { id: string }) => item.id)).toEqual([
      fromClaire.body.id,
      fromPaul.body.id,
      internal.body.id,
    ]);
    expect(seenByPaul.body[0]).toMatchObject({
      body: 'Voici les statuts signés.',
      internal: false,
      author: { name: 'Claire Dupont', side: 'client' },
      attachments: [{ attachmentId: file.body.attachmentId, name: 'statuts.pdf' }],
    });
    for (const client of [claire, marc]) {
      const seen = await notes(client, internal.body.position).expect(200);
      expect(seen.body.map((item: { id: string }) => item.id)).toEqual([fromClaire.body.id, fromPaul.body.id]);
      const matter = await client.get(`/api/matters/${claireRequest}`).expect(200);
      const files = matter.body.attachments.map((item: { attachmentId: string }) => item.attachmentId);
      expect(files).toContain(file.body.attachmentId);
      expect(files).not.toContain(secret.body.attachmentId);
      await client.get(`/api/matters/${claireRequest}/attachments/${secret.body.attachmentId}`).expect(404);
      const exported = await client.get('/api/matters/export').buffer(true);
      expect(exported.status).toBe(200);
    }
    await paul.get(`/api/matters/${claireRequest}/attachments/${secret.body.attachmentId}`).expect(200);
    await hana.get(`/api/matters/${claireRequest}/notes`).expect(404);
    await note(hana, { body: 'Let me in' }).expect(404);

    // Claire is told of Paul's public note, never of the internal one.
    let subjects: string[] = [];
    for (let attempt = 0; attempt < 100 && !subjects.some((subject) => subject.includes('Paul')); attempt += 1) {
      subjects = (await mailboxTo(server, 'claire@acme.demo')).map((mail) => mail.subject);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(subjects.filter((subject) => subject.startsWith('Paul Bernard a écrit'))).toHaveLength(1);
    const inbox = await claire.get('/api/notifications').set('x-lexport-position', String(internal.body.position));
    const kinds = inbox.body.items.map((item: { kind: string }) => item.kind);
    expect(kinds.filter((kind: string) => kind === 'note-added')).toHaveLength(1);
  });

  it('refuses an internal note from a client, an empty note, a long one and a file not uploaded by the author', async () => {
    const before = await head();
    const internal = await note(claire, { body: 'Secret', internal: true }).expect(403);
    expect(internal.body.code).toBe('internal-note-by-client');
    expect((await note(claire, { body: '   ' }).expect(422)).body.code).toBe('empty-note');
    await note(claire, { body: 'x'.repeat(10_001) }).expect(400);
    const paulsFile = await upload(paul, 'paul.pdf');
    const refused = await note(claire, { body: 'With a file', attachmentIds: [paulsFile.body.attachmentId] }).expect(
      422,
    );
    expect(refused.body.errors[0].pointer).toBe('/attachmentIds/0');
    expect(await head()).toBe(before);
  });
});
