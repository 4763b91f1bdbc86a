import * as ExcelJS from 'exceljs';
import type request from 'supertest';
import { uuidFromName } from '@lexport/shared-platform';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const employmentQuestion = uuidFromName('demo-data/request-type/employment-question');
const employment = uuidFromName('demo-data/practice-area/employment');

const binary = (response: request.Response, done: (error: Error | null, body: unknown) => void) => {
  const stream = response as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};
/** exceljs types a buffer the way Node's older typings did. */
const workbookFrom = async (body: unknown) => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
};

describe('the matters list and its Excel export (embedded store)', () => {
  let server: TestServer;
  let claire: SignedIn;
  let hana: SignedIn;
  let staff: SignedIn;
  let lastPosition = 0;

  beforeAll(async () => {
    server = await startTestServer({ READ_YOUR_WRITES_TIMEOUT_MS: '2000', DEMO_DATA: 'true' });
    claire = await signIn(server, 'claire@acme.demo');
    hana = await signIn(server, 'hana@globex.demo');
    staff = await signIn(server, 'paul.legal@lexport.demo');
    for (let index = 0; index < 25; index += 1) {
      const submitted = await claire
        .post('/api/requests/submissions')
        .send({
          requestTypeId: employmentQuestion,
          formVersion: 1,
          answers: { subject: `Question ${index}`, topics: ['leave'], question: `Leave question number ${index}` },
        })
        .expect(201);
      lastPosition = submitted.body.position;
    }
  }, 60_000);

  afterAll(async () => {
    await server.close();
  });

  const list = (who: SignedIn, query: Record<string, string>) =>
    who.get('/api/matters').query(query).set('x-lexport-position', String(lastPosition));

  it('combines filters, sorts by any column and pages', async () => {
    const filtered = await list(claire, {
      kind: 'matter',
      practiceAreaId: employment,
      sort: 'subject',
      direction: 'asc',
      limit: '10',
    }).expect(200);
    expect(filtered.body.total).toBeGreaterThanOrEqual(25);
    const subjects = filtered.body.items.map((item: { subject: string }) => item.subject);
    expect(subjects).toEqual([...subjects].sort((left, right) => left.localeCompare(right, 'en')));
    for (const item of filtered.body.items)
      expect(item).toMatchObject({ kind: 'matter', practiceArea: { id: employment } });
    const cases = await list(claire, { kind: 'case' }).expect(200);
    for (const item of cases.body.items) expect(item.kind).toBe('case');
  });

  it('refuses a filter value that does not exist, with the field named', async () => {
    const refused = await list(claire, { status: 'open,archived' }).expect(400);
    expect(refused.body.errors[0].pointer).toMatch(/status/);
    await list(claire, { sort: 'colour' }).expect(400);
  });

  it('exports exactly what the search and filters show, every page, with typed dates and headers in French', async () => {
    const query = { kind: 'matter', search: 'leave question' };
    const everything = await list(claire, { ...query, limit: '200' }).expect(200);
    const exported = await claire
      .get('/api/matters/export')
      .query(query)
      .set('x-lexport-position', String(lastPosition))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    expect(exported.headers['content-disposition']).toMatch(/dossiers-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = await workbookFrom(exported.body);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Référence',
      'Objet',
      'Type',
      'Nature',
      'Domaine',
      'Statut',
      'Demandeur',
      'Organisation',
      'Responsable',
      'Demandé le',
      'Dernière activité',
    ]);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows: { reference: string; requested: unknown }[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) rows.push({ reference: String(row.getCell(1).value), requested: row.getCell(10).value });
    });
    expect(rows.map((row) => row.reference)).toEqual(
      everything.body.items.map((item: { reference: string }) => item.reference),
    );
    expect(rows.length).toBe(everything.body.total);
    for (const row of rows) expect(row.requested).toBeInstanceOf(Date);
  });

  it("exports nothing of another organization's requests", async () => {
    const exported = await hana
      .get('/api/matters/export')
      .query({ search: 'leave question', language: 'en' })
      .set('x-lexport-position', String(lastPosition))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = await workbookFrom(exported.body);
    expect(workbook.worksheets[0]?.rowCount).toBe(1);
    expect(workbook.worksheets[0]?.getRow(1).getCell(1).value).toBe('Reference');
  });

  it('lets staff filter by organization and see every client organization', async () => {
    const acme = await list(staff, { organizationId: 'acme', limit: '200' }).expect(200);
    expect(acme.body.total).toBeGreaterThanOrEqual(25);
    for (const item of acme.body.items) expect(item.organization).toMatchObject({ id: 'acme' });
    // A client's organization filter can never reach past what they may see.
    const widened = await list(hana, { organizationId: 'acme' }).expect(200);
    for (const item of widened.body.items) expect(item.organization?.id).not.toBe('acme');
  });
});
