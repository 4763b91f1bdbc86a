import { request } from 'playwright-core';
import type { APIRequestContext } from 'playwright-core';
import { mailboxMessage, mailboxTo, startPortal } from './portal';
import type { RunningPortal } from './portal';

const demoPassword = 'lantern-harbour-violet-2026';
const newPassword = 'saffron-glacier-mosaic-tundra-5';
const signUpPassword = 'velvet-compass-orchard-ember-62';
const wrongPassword = 'definitely-wrong-password-99';

/** Secrets never reach the logs, even at the most verbose level: the portal's own output is read back. */
describe('what the portal logs', () => {
  let portal: RunningPortal;
  let api: APIRequestContext;

  beforeAll(async () => {
    portal = await startPortal({ LOG_LEVEL: 'trace' });
    api = await request.newContext({ baseURL: portal.url });
  });

  afterAll(async () => {
    await api?.dispose();
    await portal?.stop();
  });

  async function csrf(): Promise<Record<string, string>> {
    const cookie = (await api.storageState()).cookies.find((candidate) => candidate.name === 'XSRF-TOKEN');
    return cookie ? { 'x-xsrf-token': cookie.value } : {};
  }

  it('warns at start-up that emails stay in the development mailbox', async () => {
    // The email sender starts beside the HTTP server: its warning may follow the "running at" line.
    const warningLine = () =>
      portal
        .output()
        .split('\n')
        .find((line) => line.includes('DEV_MAILBOX=true'));
    for (let attempt = 0; attempt < 100 && !warningLine(); attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const warning = warningLine();
    expect(warning).toBeDefined();
    expect(JSON.parse(warning ?? '{}')).toMatchObject({ level: 40 });
  });

  it('holds no password, hash, session cookie or emailed token after sign-ups, sign-ins, resets and changes', async () => {
    // The start-up banner prints the demo password on purpose (development data); the request logs come after it.
    const startUp = portal.output().length;
    expect(
      (
        await api.post('/api/identity/sign-ups', {
          data: { email: 'logged@acme.demo', name: 'Log Reader', password: signUpPassword },
        })
      ).status(),
    ).toBe(202);
    expect(
      (
        await api.post('/api/identity/session', { data: { email: 'marc@acme.demo', password: wrongPassword } })
      ).status(),
    ).toBe(401);
    expect((await api.post('/api/identity/password-resets', { data: { email: 'marc@acme.demo' } })).status()).toBe(202);
    const signedIn = await api.post('/api/identity/session', {
      data: { email: 'marc@acme.demo', password: demoPassword },
    });
    expect(signedIn.status()).toBe(200);
    const changed = await api.put('/api/identity/session/password', {
      data: { currentPassword: demoPassword, newPassword },
      headers: await csrf(),
    });
    expect(changed.status()).toBe(200);

    // A client may not read the development mailbox; the demo admin may.
    expect((await api.get('/api/dev/mailbox?to=marc@acme.demo')).status()).toBe(403);
    // Marc also has the demo data's emails (his requests): the reset link is in one of them, once it is sent.
    let resetToken: string | undefined;
    for (let attempt = 0; attempt < 100 && !resetToken; attempt += 1) {
      for (const summary of await mailboxTo(portal.url, 'marc@acme.demo')) {
        const message = await mailboxMessage(portal.url, summary.id);
        resetToken ??= /\/password-resets\/\S+?token=([A-Za-z0-9_-]+)/.exec(message.text)?.[1];
      }
      if (!resetToken) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(resetToken).toBeDefined();
    const session = (await api.storageState()).cookies.find((cookie) => cookie.name === 'lexport_session')?.value;
    expect(session).toBeDefined();

    await new Promise((resolve) => setTimeout(resolve, 500));
    const logs = portal.output().slice(startUp);
    // The logs are there (so that this test can fail), and they say nothing secret.
    expect(logs).toContain('/api/identity/session');
    for (const secret of [demoPassword, newPassword, signUpPassword, wrongPassword, resetToken, session])
      expect(logs).not.toContain(secret);
    expect(logs).not.toMatch(/scrypt\$|"passwordHash"/);
  });
});
