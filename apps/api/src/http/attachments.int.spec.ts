import { createHash, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { BlobStore } from '@lexport/shared-blobstore';
import { attachmentUploadsCollection, BLOB_STORE, READ_STORE } from '@lexport/shared-platform';
import type { PendingUpload } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { signIn, startTestServer } from '../testing/test-server';
import type { SignedIn, TestServer } from '../testing/test-server';

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Deterministic bytes after a signature, so that a file is both of a known type and large. */
function fileOf(signature: Buffer, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  signature.copy(bytes);
  for (let index = signature.length; index < size; index += 1) bytes[index] = (index * 7919) % 251;
  return bytes;
}

const pdf = (size = 300 * 1024) => fileOf(Buffer.from('%PDF-1.7\n'), size);
const png = fileOf(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 2048);
const windowsExecutable = fileOf(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), 4096);
const linuxExecutable = fileOf(Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), 4096);

/** A ZIP archive with one stored entry: an archive, not a document. */
function plainZip(): Buffer {
  const name = Buffer.from('contract.pdf');
  const data = Buffer.from('%PDF-1.7 inside a zip');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Collects a binary answer as a Buffer, whatever its content type. */
function binary(response: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('attachments over HTTP (embedded store, files on disk)', () => {
  let server: TestServer;
  let client: SignedIn;
  let otherClient: SignedIn;
  let staff: SignedIn;
  let blobs: BlobStore;
  let readStore: ReadStore;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true' });
    client = await signIn(server, 'claire@acme.demo');
    otherClient = await signIn(server, 'hana@globex.demo');
    staff = await signIn(server, 'sophie.legal@lexport.demo');
    blobs = server.app.get(BLOB_STORE);
    readStore = server.app.get(READ_STORE);
  });

  afterAll(() => server.close());

  const upload = (caller: SignedIn, bytes: Buffer, name?: string) => {
    const call = caller.post('/api/attachments').set('content-type', 'application/octet-stream');
    return (name === undefined ? call : call.set('x-file-name', encodeURIComponent(name))).send(bytes);
  };
  const download = (caller: SignedIn, attachmentId: string) =>
    caller.get(`/api/attachments/${attachmentId}`).buffer(true).parse(binary);
  const pendingUploads = async () =>
    (await readStore.find<PendingUpload>(attachmentUploadsCollection, { limit: 0 })).total;

  it('stores an upload and gives the same bytes back to its uploader, as a download never shown inline', async () => {
    const bytes = pdf();
    const uploaded = await upload(client, bytes, 'Bail commercial.pdf').expect(201);
    expect(uploaded.body).toEqual({
      attachmentId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      name: 'Bail commercial.pdf',
      size: bytes.length,
      contentType: 'application/pdf',
      sha256: sha256Of(bytes),
    });
    expect(await blobs.has(sha256Of(bytes))).toBe(true);

    const downloaded = await download(client, uploaded.body.attachmentId).expect(200);
    expect(sha256Of(downloaded.body)).toBe(sha256Of(bytes));
    expect(downloaded.headers).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': 'attachment; filename="Bail commercial.pdf"',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      'accept-ranges': 'bytes',
      etag: `"${sha256Of(bytes)}"`,
    });
    expect(downloaded.headers['content-security-policy']).toContain('sandbox');

    const head = await client.agent.head(`/api/attachments/${uploaded.body.attachmentId}`).expect(200);
    expect(head.headers['content-length']).toBe(String(bytes.length));
  });

  it('stores an empty file', async () => {
    const uploaded = await upload(client, Buffer.alloc(0), 'empty.txt').expect(201);
    expect(uploaded.body).toMatchObject({
      size: 0,
      contentType: 'text/plain; charset=utf-8',
      sha256: sha256Of(Buffer.alloc(0)),
    });
    const downloaded = await download(client, uploaded.body.attachmentId).expect(200);
    expect(downloaded.headers['content-length']).toBe('0');
    expect(downloaded.body.length).toBe(0);
  });

  it('tells the type by the content, not by the name or the declared type', async () => {
    const uploaded = await upload(client, png, 'scan.pdf').expect(201);
    expect(uploaded.body).toMatchObject({ name: 'scan.pdf', contentType: 'image/png' });
    const downloaded = await download(client, uploaded.body.attachmentId).expect(200);
    expect(downloaded.headers['content-type']).toBe('image/png');
  });

  it.each([
    ['a Windows executable', windowsExecutable],
    ['a Linux executable', linuxExecutable],
    ['a ZIP archive', plainZip()],
  ])('refuses %s named .pdf, and keeps nothing of it', async (_name, bytes) => {
    const before = await pendingUploads();
    const refused = await upload(client, bytes, 'contract.pdf').expect(415);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.code).toBe('attachment-type-not-allowed');
    expect(await blobs.has(sha256Of(bytes))).toBe(false);
    expect(await pendingUploads()).toBe(before);
  });

  it('takes the file as application/octet-stream only: JSON, forms and text are refused before any byte is read', async () => {
    for (const [type, body] of [
      ['application/json', '{"name":"contract.pdf"}'],
      ['application/x-www-form-urlencoded', 'file=contract.pdf'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nhi\r\n--x--'],
      ['text/plain', 'hello'],
    ] as const) {
      const refused = await client.post('/api/attachments').set('content-type', type).send(body).expect(415);
      expect(refused.body.code).toBe('unsupported-media-type');
    }
  });

  it('cleans the file name: no path, no control or bidirectional characters', async () => {
    const uploaded = await upload(client, Buffer.from('hosts'), '../../etc/pass\u0007wd\u202E').expect(201);
    expect(uploaded.body.name).toBe('passwd');
    const windows = await upload(client, Buffer.from('note'), 'C:\\Users\\claire\\note.txt').expect(201);
    expect(windows.body.name).toBe('note.txt');
    const unnamed = await client
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from('x'))
      .expect(201);
    expect(unnamed.body.name).toBe('file');
    const broken = await client
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .set('x-file-name', '%E9t%C3')
      .send(Buffer.from('x'))
      .expect(400);
    expect(broken.body.code).toBe('bad-request');
  });

  it('names a French or emoji file for every browser (RFC 6266 with an ASCII fallback)', async () => {
    const uploaded = await upload(client, Buffer.from('Le bail est résilié.'), 'Résiliation du bail 📄.txt').expect(
      201,
    );
    expect(uploaded.body.name).toBe('Résiliation du bail 📄.txt');
    const downloaded = await download(client, uploaded.body.attachmentId).expect(200);
    expect(downloaded.headers['content-disposition']).toBe(
      `attachment; filename="Resiliation du bail _.txt"; filename*=UTF-8''R%C3%A9siliation%20du%20bail%20%F0%9F%93%84.txt`,
    );
  });

  it('keeps a pending upload to its uploader: anyone else is told it does not exist', async () => {
    const uploaded = await upload(client, pdf(1024), 'mine.pdf').expect(201);
    for (const other of [otherClient, staff]) {
      const refused = await other.get(`/api/attachments/${uploaded.body.attachmentId}`).expect(404);
      expect(refused.body.code).toBe('not-found');
    }
    await client.get(`/api/attachments/${randomUUID()}`).expect(404);
    await client.get('/api/attachments/not-an-id').expect(404);
  });

  it('refuses anonymous uploads, and signed-in ones without the XSRF token', async () => {
    const anonymous = await request(server.http)
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .send(pdf(1024))
      .expect(401);
    expect(anonymous.body.code).toBe('unauthenticated');
    const crossSite = await client.agent
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .send(pdf(2048))
      .expect(403);
    expect(crossSite.body.code).toBe('csrf-token-invalid');
    expect(await blobs.has(sha256Of(pdf(2048)))).toBe(false);
    await request(server.http).get(`/api/attachments/${randomUUID()}`).expect(401);
  });

  it('answers one byte range with 206, and a range outside the file with 416', async () => {
    const bytes = pdf(100_000);
    const { attachmentId } = (await upload(client, bytes, 'ranges.pdf').expect(201)).body;
    const url = `/api/attachments/${attachmentId}`;
    const part = await client.get(url).set('range', 'bytes=1000-1999').buffer(true).parse(binary).expect(206);
    expect(part.headers['content-range']).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(part.headers['content-length']).toBe('1000');
    expect(part.body.equals(bytes.subarray(1000, 2000))).toBe(true);
    const tail = await client.get(url).set('range', 'bytes=-10').buffer(true).parse(binary).expect(206);
    expect(tail.body.equals(bytes.subarray(bytes.length - 10))).toBe(true);
    const outside = await client.get(url).set('range', `bytes=${bytes.length}-`).expect(416);
    expect(outside.headers['content-range']).toBe(`bytes */${bytes.length}`);
    expect(outside.body.code).toBe('range-not-satisfiable');
    const several = await client.get(url).set('range', 'bytes=0-1,10-20').buffer(true).parse(binary).expect(200);
    expect(several.body.length).toBe(bytes.length);
    const otherVersion = await client
      .get(url)
      .set('range', 'bytes=0-9')
      .set('if-range', '"another-version"')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(otherVersion.body.length).toBe(bytes.length);
  });

  it('answers a retried upload (same Idempotency-Key) with the same attachment, and refuses the key for another file', async () => {
    const key = `upload-${randomUUID()}`;
    const first = await upload(client, pdf(4096), 'retried.pdf').set('idempotency-key', key).expect(201);
    const retried = await upload(client, pdf(4096), 'retried.pdf').set('idempotency-key', key).expect(201);
    expect(retried.body).toEqual(first.body);
    const reused = await upload(client, pdf(8192), 'other.pdf').set('idempotency-key', key).expect(422);
    expect(reused.body.code).toBe('idempotency-key-reused');
  });
});

describe('attachments over the size limit', () => {
  let server: TestServer;
  let client: SignedIn;
  let blobs: BlobStore;
  let session: { cookie: string; xsrf: string };
  const limit = 1024 * 1024;

  beforeAll(async () => {
    server = await startTestServer({ DEMO_DATA: 'true', ATTACHMENT_MAX_MB: '1' });
    client = await signIn(server, 'claire@acme.demo');
    blobs = server.app.get(BLOB_STORE);
    const signedIn = await request(server.http)
      .post('/api/identity/session')
      .send({ email: 'claire@acme.demo', password: 'lantern-harbour-violet-2026' })
      .expect(200);
    const cookies = ([] as string[]).concat(signedIn.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]);
    session = {
      cookie: cookies.join('; '),
      xsrf: cookies.map((cookie) => /^XSRF-TOKEN=(.+)$/.exec(cookie ?? '')?.[1]).find(Boolean) ?? '',
    };
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => server.close());

  /** Nothing of a refused upload: no blob, no temporary file. */
  function storedFiles(): string[] {
    return readdirSync(server.config.blobDirectory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  }

  it('accepts a file of exactly the limit', async () => {
    const bytes = pdf(limit);
    const uploaded = await client
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .send(bytes)
      .expect(201);
    expect(uploaded.body.size).toBe(limit);
    await blobs.delete(uploaded.body.sha256);
  });

  it('refuses a larger file with 413 and the limit, keeping nothing of it', async () => {
    const bytes = pdf(limit + 300 * 1024);
    const refused = await client
      .post('/api/attachments')
      .set('content-type', 'application/octet-stream')
      .send(bytes)
      .expect(413);
    expect(refused.body).toMatchObject({ code: 'attachment-too-large', maxBytes: limit });
    expect(refused.body.detail).toContain('1 MB');
    expect(await blobs.has(sha256Of(bytes))).toBe(false);
    expect(storedFiles()).toEqual([]);
  });

  /** Sends `size` bytes of text in chunks through a raw connection; resolves with the answer, however the upload ends. */
  function rawUpload(size: number, headers: Record<string, string>): Promise<{ status: number; body: string }> {
    const { port } = server.http.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const upload = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/attachments',
          headers: {
            cookie: session.cookie,
            'x-xsrf-token': session.xsrf,
            'content-type': 'application/octet-stream',
            ...headers,
          },
        },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
          response.on('error', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      // Once the answer came, a connection cut while the client still sends is the expected end.
      upload.on('error', (error) => reject(error));
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const sendMore = () => {
        while (sent < size && !upload.destroyed) {
          sent += chunk.length;
          if (!upload.write(chunk)) {
            upload.once('drain', sendMore);
            return;
          }
        }
        upload.end();
      };
      sendMore();
    });
  }

  it('stops reading a streamed upload (no Content-Length) at the limit and answers 413', async () => {
    const answer = await rawUpload(limit + 512 * 1024, { 'transfer-encoding': 'chunked' });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).code).toBe('attachment-too-large');
    expect(storedFiles()).toEqual([]);
  });

  it('keeps nothing of an upload whose client goes away midway', async () => {
    const { port } = server.http.address() as AddressInfo;
    const upload = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/attachments',
      headers: {
        cookie: session.cookie,
        'x-xsrf-token': session.xsrf,
        'content-type': 'application/octet-stream',
        'content-length': String(600 * 1024),
      },
    });
    upload.on('error', () => undefined);
    upload.write(Buffer.alloc(200 * 1024, 'a'));
    for (let attempt = 0; attempt < 50 && storedFiles().length === 0; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // Under way: a temporary file, nothing under a final name.
    expect(storedFiles()).toEqual([expect.stringMatching(/\.part$/)]);
    upload.destroy();
    for (let attempt = 0; attempt < 50 && storedFiles().length > 0; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storedFiles()).toEqual([]);
    await request(server.http).get('/api/health').expect(200);
  });

  it('answers 413 at once to an upload announcing too many bytes, and closes the connection past the limit', async () => {
    const answer = await rawUpload(4 * limit, { 'content-length': String(10 * limit) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).code).toBe('attachment-too-large');
    expect(storedFiles()).toEqual([]);
  });
});
