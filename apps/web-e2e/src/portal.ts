import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, request } from 'playwright-core';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';

export const workspaceRoot = join(__dirname, '../../..');
export const screenshotDirectory = join(workspaceRoot, 'test-output/e2e');

export interface RunningPortal {
  readonly url: string;
  /** Everything the portal process wrote to stdout and stderr so far (its logs). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the built portal (what `npm start` runs) on a free port and a fresh embedded store. */
export async function startPortal(environment: Record<string, string> = {}): Promise<RunningPortal> {
  const main = join(workspaceRoot, 'dist/apps/api/main.js');
  if (!existsSync(main) || !existsSync(join(workspaceRoot, 'dist/apps/web/browser/index.html'))) {
    throw new Error('Build the api and web projects first (nx run web-e2e:e2e does it)');
  }
  const dataDirectory = mkdtempSync(join(tmpdir(), 'lexport-e2e-'));
  // A known port, so that links in emails point at this portal.
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: workspaceRoot,
    // Emails go to the development mailbox unless the spec brings an SMTP server.
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LEXPORT_DATA_DIR: dataDirectory,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      DEMO_DATA: 'true',
      ...(environment['SMTP_URL'] ? {} : { DEV_MAILBOX: 'true' }),
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The portal did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`The portal exited (${code}):\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      await (await mailboxReaders.get(url))?.dispose();
      mailboxReaders.delete(url);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDirectory, { recursive: true });
  await page.screenshot({ path: join(screenshotDirectory, `${name}.png`), fullPage: true });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export const demoPassword = 'lantern-harbour-violet-2026';

/** The heading of the page everyone lands on after signing in (the catalogue of request types), in English. */
export const homeHeading = 'What can we help you with?';

export async function signInAs(page: Page, portalUrl: string, email: string, password = demoPassword): Promise<void> {
  await page.goto(`${portalUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

const mailboxReaders = new Map<string, Promise<APIRequestContext>>();

/**
 * Only admins read the development mailbox: a request context of its own (not the page's, which may be
 * anonymous or a client) signed in as the demo admin, once per portal.
 */
export function mailboxReader(portalUrl: string): Promise<APIRequestContext> {
  let reader = mailboxReaders.get(portalUrl);
  if (!reader) {
    reader = (async () => {
      const context = await request.newContext({ baseURL: portalUrl });
      const signedIn = await context.post('/api/identity/session', {
        data: { email: 'admin@lexport.demo', password: demoPassword },
      });
      if (!signedIn.ok()) throw new Error(`The demo admin could not sign in to read the mailbox: ${signedIn.status()}`);
      return context;
    })();
    mailboxReaders.set(portalUrl, reader);
  }
  return reader;
}

/** The emails to this address in the development mailbox, newest first (read as the demo admin). */
export async function mailboxTo(portalUrl: string, to: string): Promise<Array<{ id: string; subject: string }>> {
  const mailbox = await (await mailboxReader(portalUrl)).get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`);
  if (!mailbox.ok()) throw new Error(`The development mailbox answered ${mailbox.status()}`);
  return (await mailbox.json()).items;
}

/** One email of the development mailbox, with its text (read as the demo admin). */
export async function mailboxMessage(portalUrl: string, id: string): Promise<{ subject: string; text: string }> {
  return (await (await mailboxReader(portalUrl)).get(`/api/dev/mailbox/${id}`)).json();
}

/** The link to `path` in the newest email to this address, as the development mailbox captured it. */
export async function linkInMailbox(page: Page, portalUrl: string, to: string, path: string): Promise<string> {
  const pattern = new RegExp(`(http://\\S+${path.replace(/[/.]/g, '\\$&')}\\S+)`);
  for (let attempt = 0; attempt < 100; attempt += 1) {
    for (const summary of await mailboxTo(portalUrl, to)) {
      const message = await mailboxMessage(portalUrl, summary.id);
      const link = pattern.exec(message.text)?.[1];
      if (link) return link;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`No email to ${to} with a link to ${path}`);
}

export interface PortalInBrowser {
  readonly portal: RunningPortal;
  readonly browser: Browser;
  /** A fresh browser profile (cookies, storage), English, desktop-sized unless told otherwise. */
  context(viewport?: { width: number; height: number }): Promise<BrowserContext>;
}

/** One portal and one browser for a spec file, started before its tests and stopped after them. */
export function usePortalInBrowser(environment: Record<string, string> = {}): PortalInBrowser {
  let portal: RunningPortal | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    portal = await startPortal(environment);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('The portal and the browser start in beforeAll');
    return value;
  };
  return {
    get portal() {
      return started(portal);
    },
    get browser() {
      return started(browser);
    },
    context: (viewport = { width: 1280, height: 800 }) => started(browser).newContext({ viewport, locale: 'en-GB' }),
  };
}
