import request from 'supertest';
import type { INestApplication } from '@nestjs/common';
import { loadConfig } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import { temporaryDirectory } from '@lexport/shared-testing';
import type { Clock } from '@lexport/shared-ddd';
import { createServer } from '../server';

export interface TestServer {
  readonly app: INestApplication;
  readonly http: ReturnType<INestApplication['getHttpServer']>;
  readonly config: LexportConfig;
  close(): Promise<void>;
}

/** The real composition of the portal on a fresh embedded store. */
export async function startTestServer(environment: Record<string, string> = {}, clock?: Clock): Promise<TestServer> {
  // Many sign-ins from one address in a few seconds; the limit itself has its own test.
  process.env['SIGN_IN_ATTEMPTS_PER_MINUTE'] = environment['SIGN_IN_ATTEMPTS_PER_MINUTE'] ?? '1000';
  const directory = temporaryDirectory('lexport-http-');
  // The development mailbox unless the test brings an SMTP server (or says otherwise).
  const mail = environment['SMTP_URL'] ? {} : { DEV_MAILBOX: 'true' };
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LEXPORT_DATA_DIR: directory.path,
    WEB_DIST: directory.file('no-web'),
    ...mail,
    ...environment,
  });
  const { app } = await createServer(config, clock).catch((error: unknown) => {
    directory.remove();
    throw error;
  });
  return {
    app,
    http: app.getHttpServer(),
    config,
    close: async () => {
      await app.close();
      directory.remove();
    },
  };
}

export const demoPasswordForTests = 'lantern-harbour-violet-2026';

export interface SignedIn {
  readonly agent: ReturnType<typeof request.agent>;
  get(url: string): request.Test;
  post(url: string): request.Test;
  put(url: string): request.Test;
  delete(url: string): request.Test;
}

/** A browser-like client: keeps the session cookie and echoes the CSRF token as Angular does. */
export async function signIn(server: TestServer, email: string, password = demoPasswordForTests): Promise<SignedIn> {
  const agent = request.agent(server.http);
  const response = await agent.post('/api/identity/session').send({ email, password });
  if (response.status !== 200)
    throw new Error(`Sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const csrf = cookies.map((cookie) => /^XSRF-TOKEN=([^;]+)/.exec(cookie)?.[1]).find(Boolean) ?? '';
  return {
    agent,
    get: (url) => agent.get(url),
    post: (url) => agent.post(url).set('x-xsrf-token', csrf),
    put: (url) => agent.put(url).set('x-xsrf-token', csrf),
    delete: (url) => agent.delete(url).set('x-xsrf-token', csrf),
  };
}

const mailboxReaders = new WeakMap<TestServer, Promise<SignedIn>>();

/**
 * Only admins read the development mailbox: the demo admin does, signed in once per server and again
 * when that session has ended (tests that move the clock past SESSION_HOURS).
 */
async function readMailbox(
  server: TestServer,
  url: string,
  query: Record<string, string> = {},
): Promise<request.Response> {
  for (const fresh of [false, true]) {
    let reader = mailboxReaders.get(server);
    if (!reader || fresh) {
      reader = signIn(server, 'admin@lexport.demo');
      mailboxReaders.set(server, reader);
    }
    const response = await (await reader).get(url).query(query);
    if (response.status !== 401) return response;
  }
  throw new Error('The demo admin could not read the development mailbox');
}

/** The development mailbox's list of emails to this address, newest first (read as the demo admin). */
export async function mailboxTo(server: TestServer, email: string): Promise<Array<{ id: string; subject: string }>> {
  const response = await readMailbox(server, '/api/dev/mailbox', { to: email });
  if (response.status !== 200) throw new Error(`The development mailbox answered ${response.status}`);
  return response.body.items;
}

/** One email of the development mailbox with its text and HTML (read as the demo admin). */
export async function mailboxMessage(
  server: TestServer,
  id: string,
): Promise<{ subject: string; text: string; html: string }> {
  const response = await readMailbox(server, `/api/dev/mailbox/${id}`);
  if (response.status !== 200) throw new Error(`The development mailbox answered ${response.status} for ${id}`);
  return response.body;
}

/** The newest email to this address that holds a link matching `path` (as the development mailbox captured it). */
export async function linkInMailbox(
  server: TestServer,
  email: string,
  path: RegExp,
): Promise<{ userId: string; token: string; subject: string }> {
  const pattern = new RegExp(`${path.source}/([0-9a-f-]{36})\\?token=([A-Za-z0-9_%-]+)`);
  for (let attempt = 0; attempt < 200; attempt += 1) {
    for (const summary of await mailboxTo(server, email)) {
      const message = await mailboxMessage(server, summary.id);
      const match = pattern.exec(message.text);
      if (match?.[1] && match[2])
        return { userId: match[1], token: decodeURIComponent(match[2]), subject: message.subject };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No email with a link to ${path.source} reached ${email}`);
}

/** Invites someone through the admin API, follows the emailed link, chooses a password and signs them in. */
export async function inviteAndSignIn(
  server: TestServer,
  admin: SignedIn,
  person: { email: string; name: string; roles: string[]; organizationId?: string },
): Promise<SignedIn> {
  const password = 'copper-meadow-quartz-lantern-19';
  await admin.post('/api/identity/users').send(person).expect(201);
  const { userId, token } = await linkInMailbox(server, person.email, /\/invitations/);
  await request(server.http).post('/api/identity/invitations/accept').send({ userId, token, password }).expect(200);
  return signIn(server, person.email, password);
}
