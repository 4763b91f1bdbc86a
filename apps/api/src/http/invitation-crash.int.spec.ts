import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { SqliteEventStore } from '@lexport/shared-eventstore';
import { temporaryDirectory } from '@lexport/shared-testing';

const main = join(__dirname, '../../../../dist/apps/api/main.js');
const admin = { email: 'admin@lexport.demo', password: 'lantern-harbour-violet-2026' };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

interface Portal {
  readonly url: string;
  readonly child: ChildProcess;
}

async function startPortal(dataDirectory: string, port: number): Promise<Portal> {
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      LEXPORT_DATA_DIR: dataDirectory,
      LOG_LEVEL: 'silent',
      DEMO_DATA: 'true',
      DEV_MAILBOX: 'true',
      SIGN_IN_ATTEMPTS_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the portal did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`the portal exited (${code}):\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

function kill(portal: Portal): Promise<void> {
  return new Promise((resolve) => {
    if (portal.child.exitCode !== null || portal.child.signalCode !== null) return resolve();
    portal.child.once('exit', () => resolve());
    portal.child.kill('SIGKILL');
  });
}

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

async function signIn(portal: Portal): Promise<Session> {
  const response = await fetchOrSay('sign-in', `${portal.url}/api/identity/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(admin),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  return { cookie: cookies.join('; '), csrf: decodeURIComponent(csrf) };
}

async function fetchOrSay(what: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new Error(`${what} failed: ${String((error as Error).cause ?? error)}`);
  }
}

function call(
  portal: Portal,
  session: Session,
  method: string,
  path: string,
  body?: object,
  key?: string,
): Promise<Response> {
  return fetch(`${portal.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-xsrf-token': session.csrf,
      ...(key ? { 'idempotency-key': key } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
}

interface Invitation {
  readonly email: string;
  readonly key: string;
  /** A client that gave up on its request and invites again with a new key, instead of retrying with the same one. */
  readonly retriesWithNewKey: boolean;
  acknowledgedId?: string;
  outcome?: 'created' | 'taken';
}

/**
 * An invitation writes two streams (the address's claim, then the account). The portal is killed with SIGKILL while
 * invitations are in flight, restarted, and every unanswered invitation is retried: with the same Idempotency-Key
 * (it must finish what the first attempt began, never create a second account) or, for some, with a new key (the
 * address left claimed by the dead attempt must be usable again).
 */
describe('invitations under SIGKILL, retried after restart', () => {
  const directory = temporaryDirectory('lexport-invitation-crash-');
  afterAll(() => directory.remove());

  it('ends with exactly one account per address, the one the acknowledged answers named, and no address blocked', async () => {
    expect(existsSync(main)).toBe(true);
    const port = await freePort();
    const invitations: Invitation[] = Array.from({ length: 160 }, (_, index) => ({
      email: `crash.invitee${index}@acme.demo`,
      key: `crash-invite-${index}-${Date.now()}`,
      retriesWithNewKey: index % 4 === 3,
    }));
    let kills = 0;
    let attempts = 0;
    let interrupted = 0;
    for (let round = 0; round < 12 && invitations.some((invitation) => !invitation.outcome); round += 1) {
      const portal = await startPortal(directory.path, port);
      const session = await signIn(portal);
      const lastRound = round >= 8;
      const killTimer = lastRound
        ? undefined
        : setTimeout(() => void kill(portal).then(() => (kills += 1)), 60 + ((round * 7919) % 240));
      const pending = invitations.filter((invitation) => !invitation.outcome);
      // Four clients at a time, as an admin page with a few tabs would.
      for (let start = 0; start < pending.length; start += 4) {
        await Promise.all(
          pending.slice(start, start + 4).map(async (invitation) => {
            const key = invitation.retriesWithNewKey && round > 0 ? `${invitation.key}-again-${round}` : invitation.key;
            attempts += 1;
            try {
              const response = await call(
                portal,
                session,
                'POST',
                '/api/identity/users',
                { email: invitation.email, name: 'Crash Invitee', roles: ['client'], organizationId: 'acme' },
                key,
              );
              const body = (await response.json()) as { id?: string; code?: string };
              if (response.status === 201) {
                invitation.acknowledgedId = body.id;
                invitation.outcome = 'created';
              } else if (response.status === 409 && body.code === 'email-taken' && invitation.retriesWithNewKey) {
                // The dead attempt had in fact finished: the address has its account, which a new key must not duplicate.
                invitation.outcome = 'taken';
              } else {
                throw new Error(`unexpected answer ${response.status} ${JSON.stringify(body)} for ${invitation.email}`);
              }
            } catch (error) {
              // fetch's TypeError comes from Node's realm, not Jest's: compare names. It means the portal was killed mid-request.
              if ((error as Error).name !== 'TypeError') throw error;
              interrupted += 1;
            }
          }),
        );
      }
      clearTimeout(killTimer);
      await kill(portal);
    }

    const portal = await startPortal(directory.path, port);
    try {
      const session = await signIn(portal);
      const users = new Map<string, Array<{ id: string; email: string; status: string }>>();
      // The users list is a projection that catches up after the restart.
      for (let wait = 0; wait < 100; wait += 1) {
        const everyone = await call(portal, session, 'GET', '/api/identity/users?search=crash.invitee&limit=100');
        if (((await everyone.json()) as { total: number }).total >= invitations.length) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      for (const invitation of invitations) {
        const response = await call(
          portal,
          session,
          'GET',
          `/api/identity/users?search=${encodeURIComponent(invitation.email)}&limit=10`,
        );
        users.set(
          invitation.email,
          ((await response.json()) as { items: Array<{ id: string; email: string; status: string }> }).items,
        );
      }
      const unanswered = invitations.filter((invitation) => !invitation.outcome).map((invitation) => invitation.email);
      const notOne = [...users]
        .filter(([, accounts]) => accounts.length !== 1)
        .map(([email, accounts]) => `${email}: ${accounts.length}`);
      const wrongId = invitations
        .filter(
          (invitation) =>
            invitation.acknowledgedId && users.get(invitation.email)?.[0]?.id !== invitation.acknowledgedId,
        )
        .map((invitation) => invitation.email);
      process.stdout.write(
        `invitation crash test: ${kills} kills, ${attempts} requests (${interrupted} failed while the portal was down), ${invitations.filter((invitation) => invitation.outcome === 'created').length} created, ${invitations.filter((invitation) => invitation.outcome === 'taken').length} found taken, ${notOne.length} addresses without exactly one account\n`,
      );
      expect(kills).toBeGreaterThanOrEqual(4);
      expect(interrupted).toBeGreaterThanOrEqual(kills);
      expect(unanswered).toEqual([]);
      expect(notOne).toEqual([]);
      expect(wrongId).toEqual([]);
      for (const accounts of users.values()) expect(accounts[0]?.status).toBe('invited');
    } finally {
      await kill(portal);
    }
    const events = new SqliteEventStore(join(directory.path, 'lexport.sqlite'));
    try {
      let abandoned = 0;
      for (let after = 0; ;) {
        const page = await events.readAll({ after, maxCount: 5000 });
        if (page.length === 0) break;
        abandoned += page.filter((event) => event.type === 'UnfinishedAccountAbandoned').length;
        after = page[page.length - 1]?.position ?? after;
      }
      process.stdout.write(
        `invitation crash test: ${abandoned} addresses left claimed by a killed attempt were taken over by a new one\n`,
      );
    } finally {
      await events.close();
    }
  }, 300_000);
});
