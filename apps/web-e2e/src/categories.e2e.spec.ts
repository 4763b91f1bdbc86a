import type { Page } from 'playwright-core';
import { homeHeading, screenshot, signInAs, usePortalInBrowser } from './portal';

describe('request catalogue in the browser', () => {
  const session = usePortalInBrowser();
  let page: Page;
  const externalRequests: string[] = [];

  beforeEach(async () => {
    page = await session.browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    page.on('request', (request) => {
      if (!request.url().startsWith(session.portal.url)) externalRequests.push(request.url());
    });
  });

  afterEach(async () => {
    await page.close();
  });

  /** Signed in, people land on the catalogue of request types; the categories are a page of their own. */
  async function signInToCategories(email: string): Promise<void> {
    await signInAs(page, session.portal.url, email);
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.goto(`${session.portal.url}/catalogue/categories`);
    await page.getByRole('heading', { name: 'Request categories', level: 1 }).waitFor();
  }

  it('sends a visitor to sign in first, then back to the page they wanted', async () => {
    await page.goto(`${session.portal.url}/catalogue/categories`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await screenshot(page, 'sign-in');
    await page.getByLabel('Email address').fill('paul.legal@lexport.demo');
    await page.getByLabel('Password', { exact: true }).fill('lantern-harbour-violet-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Request categories', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/catalogue/categories');
  });

  it('lets legal staff create a category and see it listed, then rename it', async () => {
    await signInToCategories('paul.legal@lexport.demo');
    await page.getByRole('cell', { name: 'Commercial contracts', exact: true }).waitFor();

    await page.getByRole('button', { name: 'New category' }).click();
    const dialog = page.getByRole('dialog', { name: 'New request category' });
    await dialog.getByLabel('Name').fill('Immigration');
    await dialog.getByLabel('Description').fill('Work permits and visas for staff');
    await screenshot(page, 'categories-create-dialog');
    await dialog.getByRole('button', { name: 'Create' }).click();

    await page.getByText('Category created').waitFor();
    await page.getByRole('cell', { name: 'Immigration', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Work permits and visas for staff' }).waitFor();
    await screenshot(page, 'categories-listed');

    await page.getByRole('button', { name: 'Rename Immigration' }).click();
    const renameDialog = page.getByRole('dialog', { name: 'Rename the category' });
    await renameDialog.getByLabel('Name').fill('Immigration law');
    await renameDialog.getByRole('button', { name: 'Rename' }).click();
    await page.getByRole('cell', { name: 'Immigration law', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Immigration', exact: true }).count()).toBe(0);
  });

  it('refuses a duplicate name with a message beside the field', async () => {
    await signInToCategories('paul.legal@lexport.demo');
    await page.getByRole('button', { name: 'New category' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('IMMIGRATION LAW');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByText('Another category already has this name.').waitFor();
    await page.waitForTimeout(400);
    await screenshot(page, 'categories-duplicate-name');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('shows clients the catalogue without the staff actions', async () => {
    await signInToCategories('claire@acme.demo');
    await page.getByRole('cell', { name: 'Immigration law', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'New category' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename / }).count()).toBe(0);
  });

  it('says when nothing matches a search', async () => {
    await signInToCategories('paul.legal@lexport.demo');
    await page.getByLabel('Search categories').fill('zzzz');
    await page.getByRole('heading', { name: 'No category matches “zzzz”' }).waitFor();
    await screenshot(page, 'categories-no-match');
  });

  it('works by keyboard alone and in French', async () => {
    await signInToCategories('paul.legal@lexport.demo');
    await page.getByRole('cell', { name: 'Immigration law', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('cell', { name: 'Immigration law', exact: true }).waitFor();
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
    await signInToCategories('paul.legal@lexport.demo');
    await page.getByRole('cell', { name: 'Droit fiscal', exact: true }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Description' }).count()).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'categories-phone');
  });

  it('made no request outside the portal (fonts and icons are self-hosted)', () => {
    expect(externalRequests).toEqual([]);
  });
});
