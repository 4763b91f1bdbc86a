import type { BrowserContext, Page } from 'playwright-core';
import { violationsOn } from './axe';
import { demoPassword, homeHeading, signInAs, usePortalInBrowser } from './portal';

describe('notes on a request, between the legal team and the client', () => {
  const session = usePortalInBrowser({ SIGN_IN_ATTEMPTS_PER_MINUTE: '1000' });
  const contexts: BrowserContext[] = [];

  async function browse(language: 'en' | 'fr', viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await session.browser.newContext({ viewport, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    contexts.push(context);
    return context.newPage();
  }

  afterAll(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  it('the legal team writes a public and an internal note; the client sees only the public one', async () => {
    const claire = await browse('fr', { width: 390, height: 844 });
    await claire.goto(`${session.portal.url}/sign-in`);
    await claire.getByLabel('Adresse e-mail').fill('claire@acme.demo');
    await claire.getByLabel('Mot de passe', { exact: true }).fill(demoPassword);
    await claire.getByRole('button', { name: 'Se connecter' }).click();
    await claire.getByRole('heading', { name: 'Comment pouvons-nous vous aider ?', level: 1 }).waitFor();
    const mine = await claire.request.get(`${session.portal.url}/api/matters`);
    expect(mine.status()).toBe(200);
    const matterId = ((await mine.json()) as { items: { id: string }[] }).items[0]?.id;
    expect(matterId).toBeTruthy();

    const paul = await browse('en');
    await signInAs(paul, session.portal.url, 'paul.legal@lexport.demo');
    await paul.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await paul.goto(`${session.portal.url}/requests/${matterId}`);
    await paul.getByRole('tab', { name: /^Notes/ }).click();
    const note = paul.getByLabel('Your note');
    await note.fill('We have read the contract.\nA first opinion follows this week.');
    await paul.getByRole('button', { name: 'Send' }).click();
    await paul.getByRole('status').filter({ hasText: 'Note sent' }).waitFor();
    await paul.getByText('A first opinion follows this week.').waitFor();

    await note.fill('Clause 7 looks unenforceable; check with Hana.');
    await paul.getByRole('checkbox', { name: 'Internal note (the client never sees it)' }).check();
    await paul.getByRole('button', { name: 'Send' }).click();
    const internal = paul.locator('article.note', { hasText: 'Clause 7 looks unenforceable' });
    await internal.waitFor();
    expect(await internal.locator('.badge').textContent()).toContain('Internal');
    expect(await violationsOn(paul)).toEqual([]);

    await claire.goto(`${session.portal.url}/requests/${matterId}`);
    await claire.getByRole('tab', { name: /^Notes/ }).click();
    await claire.getByText('A first opinion follows this week.').waitFor();
    expect(await claire.getByText('Paul', { exact: false }).first().textContent()).toContain('Équipe juridique');
    expect(await claire.getByText('Clause 7 looks unenforceable').count()).toBe(0);
    expect(await claire.getByLabel('Note interne (le client ne la voit jamais)').count()).toBe(0);
    const overflow = await claire.evaluate(() =>
      Math.max(
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ...Array.from(document.querySelectorAll('mat-sidenav-content, main'), (e) => e.scrollWidth - e.clientWidth),
      ),
    );
    expect(overflow).toBe(0);
    expect(await violationsOn(claire)).toEqual([]);
  });
});
