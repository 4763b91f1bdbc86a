import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import request from 'supertest';
import { temporaryDirectory } from '@lexport/shared-testing';
import { signIn, startTestServer } from '../testing/test-server';
import type { TestServer } from '../testing/test-server';

const production = {
  NODE_ENV: 'production',
  TOKEN_SECRET: 'a-production-token-secret-for-tests-0123456789',
  SMTP_URL: 'smtp://127.0.0.1:9',
};
const development = { DEMO_DATA: 'true', DEV_MAILBOX: 'true' };

/** A web build with nothing but an index page, so that the static file server is part of the composition. */
function webBuild(): { path: string; remove(): void } {
  const directory = temporaryDirectory('lexport-web-');
  writeFileSync(
    directory.file('index.html'),
    '<!doctype html><html><body><app-root></app-root><script src="main.js" type="module"></script></body></html>',
  );
  return directory;
}

function directivesOf(header: string | undefined): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...values]) => [name, values.join(' ')]),
  );
}

describe('security headers', () => {
  let server: TestServer;
  const web = webBuild();

  beforeAll(async () => {
    server = await startTestServer({ ...development, WEB_DIST: web.path });
  });
  afterAll(async () => {
    await server.close();
    web.remove();
  });

  it('sends a content security policy that allows no inline or foreign script and no framing', async () => {
    const page = await request(server.http).get('/').expect(200);
    const policy = directivesOf(page.headers['content-security-policy']);
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('script-src-attr')).toBe("'none'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'self'");
    expect(policy.get('form-action')).toBe("'self'");
    expect(policy.get('frame-ancestors')).toBe("'none'");
    expect(policy.get('connect-src')).toBe("'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('fits the web production build, which inlines no critical CSS (its onload handler would be refused)', () => {
    const project = JSON.parse(readFileSync(join(__dirname, '../../../web/project.json'), 'utf8'));
    expect(project.targets.build.configurations.production.optimization.styles.inlineCritical).toBe(false);
  });

  it.each([
    ['the web client', '/'],
    ['an API answer', '/api/health'],
    ['an API problem', '/api/identity/users'],
    ['an unknown API route', '/api/nothing-here'],
  ])('sends nosniff, a referrer policy and the policy on %s, and no HSTS outside production', async (_what, url) => {
    const response = await request(server.http).get(url);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('keeps the API documentation outside production', async () => {
    await request(server.http).get('/api/openapi.json').expect(200);
    await request(server.http).get('/api/docs').expect(200);
  });
});

describe('security headers in production', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ ...production, FRAME_ANCESTORS: "'self' https://intranet.firm.test" });
  });
  afterAll(() => server.close());

  it('asks browsers to use HTTPS only, and lets the configured origins frame the portal', async () => {
    const response = await request(server.http).get('/api/health').expect(200);
    expect(response.headers['strict-transport-security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(directivesOf(response.headers['content-security-policy']).get('frame-ancestors')).toBe(
      "'self' https://intranet.firm.test",
    );
    expect(response.headers['x-frame-options']).toBeUndefined();
  });

  it('does not publish the API documentation unless configured', async () => {
    await request(server.http).get('/api/openapi.json').expect(404);
    await request(server.http).get('/api/docs').expect(404);
  });
});

describe('API documentation in production when configured', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ...production, API_DOCS: 'true' });
  });
  afterAll(() => server.close());

  it('publishes the document and its browsable page', async () => {
    await request(server.http).get('/api/openapi.json').expect(200);
    await request(server.http).get('/api/docs').expect(200);
  });
});

describe('request bodies', () => {
  let server: TestServer;
  const web = webBuild();
  const credentials = { email: 'admin@lexport.demo', password: 'lantern-harbour-violet-2026' };

  beforeAll(async () => {
    server = await startTestServer({ ...development, WEB_DIST: web.path });
  });
  afterAll(async () => {
    await server.close();
    web.remove();
  });

  const post = (url = '/api/identity/session') => request(server.http).post(url);
  // superagent would send a Buffer with a JSON content type as JSON ({"type":"Buffer",…}); these bytes go as they are.
  const asIs = (body: unknown) => body as string;
  const expectProblem = (response: request.Response, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status, code, instance: '/api/identity/session' });
    expect(response.text).not.toMatch(/Cannot POST|at .*\.js:\d+/);
  };

  it('answers malformed JSON with a 400 problem, not a 404', async () => {
    expectProblem(
      await post().set('content-type', 'application/json').send('{"email": "admin@lexport.demo",'),
      400,
      'bad-request',
    );
  });

  it('answers a body that is not valid UTF-8 with a 400 problem instead of storing replacement characters', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"email": "admin@lexport.demo", "password": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const response = await post().set('content-type', 'application/json').send(invalid);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a body over the size limit with a 413 problem', async () => {
    expectProblem(await post().send({ ...credentials, padding: 'x'.repeat(200_000) }), 413, 'payload-too-large');
  });

  it('answers JSON in a charset other than UTF-8 with a 415 problem', async () => {
    expectProblem(
      await post().set('content-type', 'application/json; charset=latin1').send(JSON.stringify(credentials)),
      415,
      'unsupported-charset',
    );
  });

  it('answers an unknown content encoding with a 415 problem, and a corrupt one with a 400 problem', async () => {
    expectProblem(
      await post()
        .set('content-type', 'application/json')
        .set('content-encoding', 'x-unknown')
        .send(JSON.stringify(credentials)),
      415,
      'unsupported-content-encoding',
    );
    const corrupt = gzipSync(JSON.stringify(credentials)).subarray(0, 12);
    expectProblem(
      await post()
        .set('content-type', 'application/json')
        .set('content-encoding', 'gzip')
        .serialize(asIs)
        .send(corrupt),
      400,
      'invalid-content-encoding',
    );
  });

  it('accepts a gzip-compressed JSON body', async () => {
    await post()
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .serialize(asIs)
      .send(gzipSync(JSON.stringify(credentials)))
      .expect(200);
  });

  it.each([
    ['an HTML form', 'application/x-www-form-urlencoded', new URLSearchParams(credentials).toString()],
    [
      'a multipart form',
      'multipart/form-data; boundary=lexport',
      `--lexport\r\nContent-Disposition: form-data; name="email"\r\n\r\n${credentials.email}\r\n--lexport--\r\n`,
    ],
    ['plain text', 'text/plain', JSON.stringify(credentials)],
    ['no content type', '', JSON.stringify(credentials)],
  ])('refuses a sign-in posted as %s with 415 and opens no session', async (_what, type, body) => {
    const response = await post().set('content-type', type).send(body);
    expectProblem(response, 415, 'unsupported-media-type');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('still accepts state-changing requests without a body', async () => {
    const admin = await signIn(server, 'admin@lexport.demo');
    const hana = (await admin.get('/api/identity/users').query({ search: 'hana@globex.demo' }).expect(200)).body
      .items[0] as { id: string };
    await admin
      .post(`/api/identity/users/${hana.id}/deactivation`)
      .expect((response) => expect(response.status).toBeLessThan(300));
    await admin
      .delete(`/api/identity/users/${hana.id}/deactivation`)
      .expect((response) => expect(response.status).toBeLessThan(300));
    await admin.delete('/api/identity/session').expect(204);
  });
});

describe('throttling behind a proxy', () => {
  const wrongSignIn = (server: TestServer, forwardedFor: string) =>
    request(server.http)
      .post('/api/identity/session')
      .set('x-forwarded-for', forwardedFor)
      .send({ email: 'nobody@acme.demo', password: 'guess-number-one-two' });

  describe('by default', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ ...production, SIGN_IN_ATTEMPTS_PER_MINUTE: '3' });
    });
    afterAll(() => server.close());

    it('ignores X-Forwarded-For, so a client cannot reset its limit by inventing addresses', async () => {
      for (let attempt = 1; attempt <= 3; attempt += 1)
        expect((await wrongSignIn(server, `203.0.113.${attempt}`)).status).toBe(401);
      const throttled = await wrongSignIn(server, '203.0.113.99');
      expect(throttled.status).toBe(429);
      expect(throttled.body).toMatchObject({ code: 'too-many-requests' });
    });
  });

  describe('with TRUST_PROXY naming the proxy', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ ...production, SIGN_IN_ATTEMPTS_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
    });
    afterAll(() => server.close());

    it('limits each client address the trusted proxy reports', async () => {
      for (let attempt = 1; attempt <= 3; attempt += 1)
        expect((await wrongSignIn(server, '198.51.100.7')).status).toBe(401);
      expect((await wrongSignIn(server, '198.51.100.7')).status).toBe(429);
      expect((await wrongSignIn(server, '198.51.100.8')).status).toBe(401);
    });
  });

  describe('signed-in people behind one address', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ ...development, REQUESTS_PER_MINUTE_PER_USER: '5' });
    });
    afterAll(() => server.close());

    it('are each limited on their own', async () => {
      const claire = await signIn(server, 'claire@acme.demo');
      const marc = await signIn(server, 'marc@acme.demo');
      for (let call = 1; call <= 5; call += 1) await claire.get('/api/identity/session').expect(200);
      const throttled = await claire.get('/api/identity/session').expect(429);
      expect(throttled.body).toMatchObject({ code: 'too-many-requests' });
      await marc.get('/api/identity/session').expect(200);
      await request(server.http)
        .get('/api/identity/session')
        .expect((response) => expect(response.status).not.toBe(429));
    });
  });
});

describe('names', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(development);
  });
  afterAll(() => server.close());

  it.each([
    ['a bidirectional override', 'Alice \u202Egnp.exe'],
    ['a NUL', 'Alice\u0000Martin'],
    ['a line break inside', 'Alice\r\nBcc: someone@example.test'],
    ['a lone surrogate', 'Alice \uD800'],
  ])('refuses %s in invitations, profiles and organizations', async (_what, name) => {
    const admin = await signIn(server, 'admin@lexport.demo');
    const invited = await admin
      .post('/api/identity/users')
      .send({ email: 'someone@initech.test', name, roles: ['staff'] })
      .expect(400);
    expect(invited.body.errors).toEqual([expect.objectContaining({ pointer: '/name' })]);
    await admin.put('/api/identity/session/profile').send({ name, language: 'en' }).expect(400);
    await admin.post('/api/identity/organizations').send({ name }).expect(400);
  });
});
