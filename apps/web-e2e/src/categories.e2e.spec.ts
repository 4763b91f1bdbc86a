import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, startPortal } from './portal';
import type { RunningPortal } from './portal';

describe('request catalogue in the browser', () => {
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;
  const externalRequests: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page.on('request', (request) => {
      if (!request.url().startsWith(portal.url)) externalRequests.push(request.url());
    });
  });

  afterEach(async () => {
    await page.close();
  });

  it('lets legal staff create a category and see it listed, then rename it', async () => {
    await page.goto(portal.url);
    await page.getByRole('heading', { name: 'No request categories yet' }).waitFor();
    await screenshot(page, 'categories-empty');

    await page.getByRole('button', { name: 'Create the first category' }).click();
    const dialog = page.getByRole('dialog', { name: 'New request category' });
    await dialog.getByLabel('Name').fill('Employment');
    await dialog.getByLabel('Description').fill('Hiring, dismissals and workplace disputes');
    await screenshot(page, 'categories-create-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();

    await page.getByText('Category created').waitFor();
    await page.getByRole('cell', { name: 'Employment', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Hiring, dismissals and workplace disputes' }).waitFor();
    await screenshot(page, 'categories-listed');

    await page.getByRole('button', { name: 'Rename Employment' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename the category' });
    await renameDialog.getByLabel('Name').fill('Employment law');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('cell', { name: 'Employment law', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Employment', exact: true }).count()).toBe(0);
  });

  it('refuses a duplicate name with a message beside the field', async () => {
    await page.goto(portal.url);
    await page.getByRole('button', { name: 'New category' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('EMPLOYMENT LAW');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Another category already has this name.').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'categories-duplicate-name');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('works by keyboard alone and in French', async () => {
    await page.goto(portal.url);
    await page.getByRole('cell', { name: 'Employment law', exact: true }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to main content');
    await page.getByRole('button', { name: /Language/ }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('heading', { name: 'Catégories de demandes', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await page.getByRole('button', { name: 'Nouvelle catégorie' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nouvelle catégorie de demandes' });
    await dialog.waitFor();
    // Focus must land in the first field by itself: a keyboard user types straight away.
    await page.waitForFunction(() => document.activeElement?.getAttribute('formcontrolname') === 'name');
    await page.keyboard.type('Droit fiscal');
    await page.keyboard.press('Enter');
    await page.getByText('Catégorie créée').waitFor();
    await page.getByRole('cell', { name: 'Droit fiscal', exact: true }).waitFor();
    await screenshot(page, 'categories-french');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(portal.url);
    await page.getByRole('cell', { name: 'Droit fiscal', exact: true }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Description' }).count()).toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'categories-phone');
  });

  it('made no request outside the portal (fonts and icons are self-hosted)', () => {
    expect(externalRequests).toEqual([]);
  });
});
