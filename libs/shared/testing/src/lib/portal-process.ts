import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace holding `nx.json`, from the working directory up (bundles have no meaningful `__dirname`). */
function workspaceRoot(): string {
  for (let directory = process.cwd(); ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'nx.json'))) return directory;
    if (dirname(directory) === directory) return process.cwd();
  }
}

/** The built portal (`nx run api:build`), run as its own process so that a test can kill it with SIGKILL. */
export const builtPortal = join(workspaceRoot(), 'dist/apps/api/main.js');

export function freePort(): Promise<number> {
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

export interface Portal {
  readonly url: string;
  readonly child: ChildProcess;
}

/** Starts the built portal on the demo data of `dataDirectory` and waits until it says it runs. */
export async function startPortal(
  dataDirectory: string,
  port: number,
  environment: Record<string, string> = {},
): Promise<Portal> {
  const child = spawn(process.execPath, [builtPortal], {
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
      ...environment,
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

export function kill(portal: Portal): Promise<void> {
  return new Promise((resolve) => {
    if (portal.child.exitCode !== null || portal.child.signalCode !== null) return resolve();
    portal.child.once('exit', () => resolve());
    portal.child.kill('SIGKILL');
  });
}

export interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

export async function fetchOrSay(what: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new Error(`${what} failed: ${String((error as Error).cause ?? error)}`);
  }
}

export async function signInTo(
  portal: Portal,
  credentials: { readonly email: string; readonly password: string },
): Promise<Session> {
  const response = await fetchOrSay('sign-in', `${portal.url}/api/identity/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0] ?? '');
  const csrf = cookies.find((cookie) => cookie.startsWith('XSRF-TOKEN='))?.slice('XSRF-TOKEN='.length) ?? '';
  return { cookie: cookies.join('; '), csrf: decodeURIComponent(csrf) };
}

/** A JSON request (or a raw body with its own headers) as a signed-in browser sends it. */
export function call(
  portal: Portal,
  session: Session,
  method: string,
  path: string,
  body?: object | Buffer,
  headers: Record<string, string> = {},
): Promise<Response> {
  const raw = Buffer.isBuffer(body);
  return fetch(`${portal.url}${path}`, {
    method,
    headers: {
      'content-type': raw ? 'application/octet-stream' : 'application/json',
      cookie: session.cookie,
      'x-xsrf-token': session.csrf,
      ...headers,
    },
    ...(body === undefined ? {} : { body: raw ? new Uint8Array(body) : JSON.stringify(body) }),
  });
}

/** fetch's TypeError comes from Node's realm, not Jest's: compare names. It means the portal died mid-request. */
export const portalWentAway = (error: unknown) => (error as Error).name === 'TypeError';
