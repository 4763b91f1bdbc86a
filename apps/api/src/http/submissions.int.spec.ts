import { createHash, randomUUID } from 'node:crypto';
import request from 'supertest';
import { uuidFromName } from '@lexport/shared-platform';
import { inviteAndSignIn, mailboxMessage, mailboxTo, signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const demoType = (key: string) => uuidFromName(`demo-data/request-type/${key}`);
const demoCategory = (name: string) => uuidFromName(`demo-data/category/${name}`);
const demoPracticeArea = (key: string) => uuidFromName(`demo-data/practice-area/${key}`);

const text = (en: string, fr = en) => ({ en, fr });

/** A form asking every kind of field, with a condition and a file. */
const everyFieldForm = {
  sections: [
    {
      key: 'main',
      title: text('Main', 'Principal'),
      fields: [
        { key: 'subject', type: 'short-text', required: true, label: text('Subject', 'Objet') },
        { key: 'details', type: 'long-text', required: false, label: text('Details') },
        { key: 'headcount', type: 'number', required: false, integer: true, min: 1, label: text('Headcount') },
        { key: 'value', type: 'money', required: false, currencies: ['EUR', 'USD'], label: text('Value') },
        { key: 'signedOn', type: 'date', required: false, label: text('Signed on') },
        {
          key: 'channel',
          type: 'single-select',
          required: true,
          label: text('Channel'),
          options: [
            { value: 'email', label: text('Email') },
            { value: 'court', label: text('Court', 'Tribunal') },
          ],
        },
        {
          key: 'courtName',
          type: 'short-text',
          required: true,
          label: text('Court name'),
          visibleWhen: { field: 'channel', equals: 'court' },
        },
        {
          key: 'topics',
          type: 'multi-select',
          required: false,
          label: text('Topics'),
          options: [
            { value: 'tax', label: text('Tax') },
            { value: 'ip', label: text('IP') },
          ],
        },
        { key: 'confirm', type: 'checkbox', required: true, label: text('I confirm') },
        { key: 'contact', type: 'email', required: false, label: text('Contact') },
        { key: 'phone', type: 'phone', required: false, label: text('Phone') },
        { key: 'counterparty', type: 'party', required: false, label: text('Counterparty') },
        { key: 'files', type: 'file', required: false, maxFiles: 2, label: text('Files') },
      ],
    },
  ],
};

describe('request types and submissions over HTTP (embedded store)', () => {
  let server: TestServer;
  let staff: SignedIn;
  let claire: SignedIn;
  let marc: SignedIn;
  let hana: SignedIn;

  beforeAll(async () => {
    server = await startTestServer({ READ_YOUR_WRITES_TIMEOUT_MS: '2000', DEMO_DATA: 'true' });
    staff = await signIn(server, 'paul.legal@lexport.demo');
    claire = await signIn(server, 'claire@acme.demo');
    marc = await signIn(server, 'marc@acme.demo');
    hana = await signIn(server, 'hana@globex.demo');
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  const head = async () => (await request(server.http).get('/api/health')).body.info.eventStore.head as number;
  const upload = (who: SignedIn, name: string, bytes: Buffer) =>
    who
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .set('x-file-name', encodeURIComponent(name))
      .send(bytes);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

  async function staffBuildsEveryFieldType(): Promise<string> {
    const created = await staff
      .post('/api/requests/types')
      .send({
        categoryId: demoCategory('Commercial contracts'),
        name: text('Every field', 'Tous les champs'),
        description: text('A type asking everything', 'Un type qui demande tout'),
        opens: 'case',
        practiceAreaId: demoPracticeArea('litigation'),
        subjectField: null,
      })
      .expect(201);
    const requestTypeId = created.body.id as string;
    await staff.put(`/api/requests/types/${requestTypeId}/draft`).send({ form: everyFieldForm }).expect(200);
    await staff.put(`/api/requests/types/${requestTypeId}`).send({
      categoryId: demoCategory('Commercial contracts'),
      name: text('Every field', 'Tous les champs'),
      description: text('A type asking everything', 'Un type qui demande tout'),
      opens: 'case',
      practiceAreaId: demoPracticeArea('litigation'),
      subjectField: 'subject',
    });
    await staff.post(`/api/requests/types/${requestTypeId}/publish`).expect(200);
    return requestTypeId;
  }

  it('offers the demo catalogue to a client, searched in their language', async () => {
    const all = await claire.get('/api/requests/catalogue').expect(200);
    const names = all.body.categories.flatMap((category: { types: { name: { fr: string } }[] }) =>
      category.types.map((type) => type.name.fr),
    );
    expect(names).toEqual(
      expect.arrayContaining(['Demander un dossier en droit des sociétés', 'Assistance contentieux']),
    );
    const found = await claire.get('/api/requests/catalogue').query({ search: 'procedures' }).expect(200);
    expect(found.body.categories).toEqual([
      expect.objectContaining({ types: [expect.objectContaining({ id: demoType('litigation-support') })] }),
    ]);
    const none = await claire.get('/api/requests/catalogue').query({ search: 'zzzz' }).expect(200);
    expect(none.body).toEqual({ categories: [], offered: all.body.offered });
  });

  it('submits every field type with a file, opens a case with a reference, and lists it at once', async () => {
    const requestTypeId = await staffBuildsEveryFieldType();
    const form = await claire.get(`/api/requests/catalogue/types/${requestTypeId}`).expect(200);
    expect(form.body.formVersion).toBe(1);
    const file = await upload(claire, 'contrat signé.pdf', pdf).expect(201);
    const submitted = await claire
      .post('/api/requests/submissions')
      .send({
        requestTypeId,
        formVersion: 1,
        answers: {
          subject: 'Supplier dispute',
          details: 'Line one\nLine two',
          headcount: 12,
          value: { amount: '12500.50', currency: 'EUR' },
          signedOn: '2026-03-01',
          channel: 'court',
          courtName: 'Tribunal de commerce',
          topics: ['tax', 'ip'],
          confirm: true,
          contact: 'claire@acme.demo',
          phone: '+33 1 23 45 67 89',
          counterparty: { name: 'Initech', role: 'Supplier', organization: 'Initech Ltd', email: 'legal@initech.test' },
          files: [{ attachmentId: file.body.attachmentId }],
        },
      })
      .expect(201);
    expect(submitted.body).toEqual({
      id: expect.any(String),
      reference: expect.stringMatching(/^C-\d{4}-\d{5}$/),
      kind: 'case',
      revision: 0,
      position: expect.any(Number),
    });
    const listed = await claire
      .get('/api/matters')
      .set('x-lexport-position', String(submitted.body.position))
      .expect(200);
    expect(listed.headers['x-lexport-stale']).toBeUndefined();
    expect(listed.body.items[0]).toMatchObject({
      id: submitted.body.id,
      reference: submitted.body.reference,
      subject: 'Supplier dispute',
      kind: 'case',
      status: 'open',
    });
    const matter = await claire.get(`/api/matters/${submitted.body.id}`).expect(200);
    expect(matter.body).toMatchObject({
      formVersion: 1,
      answers: { courtName: 'Tribunal de commerce', value: { amount: '12500.50', currency: 'EUR' } },
      attachments: [{ attachmentId: file.body.attachmentId, name: 'contrat signé.pdf', fieldKey: 'files' }],
    });
    const downloaded = await claire
      .get(`/api/matters/${submitted.body.id}/attachments/${file.body.attachmentId}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(
      createHash('sha256')
        .update(downloaded.body as Buffer)
        .digest('hex'),
    ).toBe(createHash('sha256').update(pdf).digest('hex'));
    // The same organization shares its requests (Acme: organization); another one never sees them.
    await marc.get(`/api/matters/${submitted.body.id}`).expect(200);
    await hana.get(`/api/matters/${submitted.body.id}`).expect(404);
    await hana.get(`/api/matters/${submitted.body.id}/attachments/${file.body.attachmentId}`).expect(404);
    const hanasList = await hana.get('/api/matters').expect(200);
    expect(hanasList.body.items.map((item: { id: string }) => item.id)).not.toContain(submitted.body.id);
  });

  it.each([
    ['a missing required answer', { subject: 'x1234', channel: 'email' }, ['/answers/confirm']],
    ['an unknown field', { subject: 'Subject', channel: 'email', confirm: true, colour: 'red' }, ['/answers/colour']],
    [
      'an answer to a hidden field',
      { subject: 'Subject', channel: 'email', confirm: true, courtName: 'Court' },
      ['/answers/courtName'],
    ],
    [
      'a wrong type',
      { subject: 'Subject', channel: 'email', confirm: true, headcount: 'twelve' },
      ['/answers/headcount'],
    ],
    ['an option that does not exist', { subject: 'Subject', channel: 'fax', confirm: true }, ['/answers/channel']],
    [
      'a file nobody uploaded',
      { subject: 'Subject', channel: 'email', confirm: true, files: [{ attachmentId: randomUUID() }] },
      ['/answers/files/0'],
    ],
  ])('refuses %s with a field error and appends nothing', async (_case, answers, pointers) => {
    const requestTypeId = await staffBuildsEveryFieldType();
    const before = await head();
    const refused = await claire
      .post('/api/requests/submissions')
      .send({ requestTypeId, formVersion: 1, answers })
      .expect(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.map((error: { pointer: string }) => error.pointer)).toEqual(pointers);
    expect(await head()).toBe(before);
  });

  it('never opens two requests when a submission is retried with the same Idempotency-Key', async () => {
    const key = `submit-${randomUUID()}`;
    const body = {
      requestTypeId: demoType('employment-question'),
      formVersion: 1,
      answers: { subject: 'Retried question', topics: ['leave'], question: 'How many days of leave?' },
    };
    const first = await hana.post('/api/requests/submissions').set('idempotency-key', key).send(body).expect(201);
    const second = await hana.post('/api/requests/submissions').set('idempotency-key', key).send(body).expect(201);
    expect(second.body).toEqual(first.body);
    const listed = await hana
      .get('/api/matters')
      .query({ search: 'retried question' })
      .set('x-lexport-position', String(second.body.position))
      .expect(200);
    expect(listed.body.total).toBe(1);
  });

  it('gives unique references when many clients submit at once', async () => {
    const submissions = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        (index % 2 ? claire : hana)
          .post('/api/requests/submissions')
          .send({
            requestTypeId: demoType('employment-question'),
            formVersion: 1,
            answers: { subject: `Concurrent ${index}`, topics: ['hiring'], question: 'Can we hire in Spain?' },
          })
          .expect(201),
      ),
    );
    const references = submissions.map((response) => response.body.reference as string);
    expect(new Set(references).size).toBe(40);
    for (const reference of references) expect(reference).toMatch(/^M-\d{4}-\d{5}$/);
  });

  it('keeps versions: a submission renders with its version after the form changed and the type was retired', async () => {
    const requestTypeId = await staffBuildsEveryFieldType();
    const submitted = await claire
      .post('/api/requests/submissions')
      .send({ requestTypeId, formVersion: 1, answers: { subject: 'Versioned', channel: 'email', confirm: true } })
      .expect(201);
    const changed = {
      sections: [
        {
          key: 'only',
          title: text('Only'),
          fields: [{ key: 'subject', type: 'short-text', required: true, label: text('New subject label') }],
        },
      ],
    };
    await staff.put(`/api/requests/types/${requestTypeId}/draft`).send({ form: changed }).expect(200);
    await staff.post(`/api/requests/types/${requestTypeId}/publish`).expect(200);
    const type = await staff.get(`/api/requests/types/${requestTypeId}`).expect(200);
    expect(type.body).toMatchObject({ latestVersion: 2, status: 'offered', unpublishedChanges: false });
    const retired = await staff.post(`/api/requests/types/${requestTypeId}/retire`).expect(200);
    const catalogue = await claire
      .get('/api/requests/catalogue')
      .set('x-lexport-position', String(retired.body.position))
      .expect(200);
    const offered = catalogue.body.categories.flatMap((category: { types: { id: string }[] }) =>
      category.types.map((entry) => entry.id),
    );
    expect(offered).not.toContain(requestTypeId);
    await claire
      .post('/api/requests/submissions')
      .send({ requestTypeId, formVersion: 2, answers: { subject: 'Too late' } })
      .expect(409);
    const matter = await claire.get(`/api/matters/${submitted.body.id}`).expect(200);
    expect(matter.body.formVersion).toBe(1);
    expect(matter.body.form.sections[0].fields.map((field: { key: string }) => field.key)).toContain('channel');
    const version1 = await claire.get(`/api/requests/catalogue/types/${requestTypeId}/versions/1`).expect(200);
    expect(version1.body.form).toEqual(matter.body.form);
  });

  it('refuses to publish an invalid definition and says where', async () => {
    const created = await staff
      .post('/api/requests/types')
      .send({
        categoryId: demoCategory('Real estate'),
        name: text('Broken form'),
        description: text(''),
        opens: 'matter',
        practiceAreaId: demoPracticeArea('real-estate'),
      })
      .expect(201);
    const broken = {
      sections: [
        {
          key: 'main',
          title: text('Main'),
          fields: [
            {
              key: 'early',
              type: 'short-text',
              required: false,
              label: text('Early'),
              visibleWhen: { field: 'late', equals: 'x' },
            },
            { key: 'late', type: 'single-select', required: false, label: text('Late'), options: [] },
          ],
        },
      ],
    };
    await staff.put(`/api/requests/types/${created.body.id}/draft`).send({ form: broken }).expect(200);
    const refused = await staff.post(`/api/requests/types/${created.body.id}/publish`).expect(422);
    expect(refused.body.code).toBe('invalid-form-definition');
    expect(refused.body.errors.map((error: { code: string }) => error.code).sort()).toEqual(
      ['condition-on-later-field', 'empty-select'].sort(),
    );
  });

  it('emails the requester the answers in their language and tells the assignee', async () => {
    const submitted = await claire
      .post('/api/requests/submissions')
      .send({
        requestTypeId: demoType('corporate-matter'),
        formVersion: 1,
        answers: {
          subject: 'Assemblée annuelle 2027',
          matterType: 'board-minutes',
          company: 'Acme SAS',
          deadline: '2027-06-30',
          budget: { amount: '1500', currency: 'EUR' },
        },
      })
      .expect(201);
    let message: { subject: string; text: string } | undefined;
    for (let attempt = 0; attempt < 100 && !message; attempt += 1) {
      const inbox = await mailboxTo(server, 'claire@acme.demo');
      const found = inbox.find((entry) => entry.subject.includes(submitted.body.reference));
      if (found) message = await mailboxMessage(server, found.id);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(message?.subject).toContain('Votre demande');
    expect(message?.text).toContain('Conseil ou assemblée');
    expect(message?.text).toContain('30 juin 2027');
    expect(message?.text).toMatch(/1\s?500,00\s?€/);
    let toAssignee: unknown[] = [];
    for (let attempt = 0; attempt < 100 && toAssignee.length === 0; attempt += 1) {
      toAssignee = (await mailboxTo(server, 'paul.legal@lexport.demo')).filter((entry) =>
        entry.subject.includes(submitted.body.reference),
      );
      if (toAssignee.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(toAssignee).toHaveLength(1);
  });

  it('shows a client only their own requests when their organization keeps requests to each requester (Globex)', async () => {
    const admin = await signIn(server, 'admin@lexport.demo');
    const colleague = await inviteAndSignIn(server, admin, {
      email: 'kenji@globex.demo',
      name: 'Kenji Sato',
      roles: ['client'],
      organizationId: 'globex',
    });
    const hanas = await hana
      .post('/api/requests/submissions')
      .send({
        requestTypeId: demoType('employment-question'),
        formVersion: 1,
        answers: { subject: 'Private to Hana', topics: ['leave'], question: 'Only I may read this, may I not?' },
      })
      .expect(201);
    await colleague.get(`/api/matters/${hanas.body.id}`).expect(404);
    const listed = await colleague
      .get('/api/matters')
      .set('x-lexport-position', String(hanas.body.position))
      .expect(200);
    expect(listed.body.items).toEqual([]);
    await hana.get(`/api/matters/${hanas.body.id}`).expect(200);
  });

  it('never sends a request to someone off the legal team (a client of another organization, say)', async () => {
    const hanaId = uuidFromName('demo-data/user/hana@globex.demo');
    const assignee = await staff
      .post('/api/requests/types')
      .send({
        categoryId: demoCategory('Real estate'),
        name: text('Leases'),
        description: text(''),
        opens: 'matter',
        practiceAreaId: demoPracticeArea('real-estate'),
        defaultAssigneeId: hanaId,
      })
      .expect(422);
    expect(assignee.body.errors).toEqual([
      expect.objectContaining({ pointer: '/defaultAssigneeId', code: 'not-on-legal-team' }),
    ]);
    const member = await staff
      .post('/api/requests/practice-areas')
      .send({
        name: text('Tax', 'Fiscal'),
        memberIds: [uuidFromName('demo-data/user/paul.legal@lexport.demo'), hanaId],
      })
      .expect(422);
    expect(member.body.errors).toEqual([expect.objectContaining({ pointer: '/memberIds/1' })]);
  });

  it('answers a retried submission as the first time, even after its type was retired', async () => {
    const requestTypeId = await staffBuildsEveryFieldType();
    const key = `retired-${randomUUID()}`;
    const body = {
      requestTypeId,
      formVersion: 1,
      answers: { subject: 'Before retirement', channel: 'email', confirm: true },
    };
    const first = await claire.post('/api/requests/submissions').set('idempotency-key', key).send(body).expect(201);
    await staff.post(`/api/requests/types/${requestTypeId}/retire`).expect(200);
    const retried = await claire.post('/api/requests/submissions').set('idempotency-key', key).send(body).expect(201);
    expect(retried.body).toEqual(first.body);
  });

  it('keeps staff actions from clients and submissions from staff', async () => {
    await claire.get('/api/requests/types').expect(403);
    await claire.post(`/api/requests/types/${demoType('corporate-matter')}/retire`).expect(403);
    await staff
      .post('/api/requests/submissions')
      .send({ requestTypeId: demoType('corporate-matter'), formVersion: 1, answers: {} })
      .expect(403);
  });
});
