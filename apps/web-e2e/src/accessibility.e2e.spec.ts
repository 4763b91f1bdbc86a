import { violationsOn } from './axe';
import { homeHeading, signInAs, usePortalInBrowser } from './portal';

describe('accessibility of the pages (axe-core, WCAG 2.1 AA)', () => {
  const session = usePortalInBrowser();

  it.each([
    ['sign-in', '/sign-in'],
    ['sign-up', '/sign-up'],
    ['forgot password', '/forgot-password'],
    ['an invalid email confirmation link', '/email-verifications/6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f?token=nope'],
    ['an invalid invitation link', '/invitations/6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f?token=nope'],
  ])('%s, signed out', async (_name, path) => {
    const page = await (await session.context()).newPage();
    await page.goto(`${session.portal.url}${path}`);
    // Every page, even one that only says a link is no good, has exactly one h1.
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await violationsOn(page)).toEqual([]);
  });

  it.each([
    ['the catalogue', 'claire@acme.demo', '/catalogue/categories', 'Request categories'],
    ['notifications', 'claire@acme.demo', '/notifications', 'Notifications'],
    ['the profile', 'claire@acme.demo', '/profile', 'My profile'],
    ['users', 'admin@lexport.demo', '/admin/users', 'Users'],
    ['client organizations', 'admin@lexport.demo', '/admin/organizations', 'Client organizations'],
    ['the development mailbox', 'admin@lexport.demo', '/dev/mailbox', 'Development mailbox'],
  ])('%s, signed in', async (_name, email, path, heading) => {
    const page = await (await session.context()).newPage();
    await signInAs(page, session.portal.url, email);
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.goto(`${session.portal.url}${path}`);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    expect(await violationsOn(page)).toEqual([]);
  });

  it('the invitation dialog and the notification menu, open', async () => {
    const page = await (await session.context()).newPage();
    await signInAs(page, session.portal.url, 'admin@lexport.demo');
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.getByRole('button', { name: /^Notifications/ }).click();
    await page.getByRole('menu').waitFor();
    expect(await violationsOn(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(`${session.portal.url}/admin/users`);
    await page.getByRole('button', { name: 'Invite a user' }).click();
    await page.getByRole('dialog', { name: 'Invite a user' }).waitFor();
    expect(await violationsOn(page)).toEqual([]);
  });
});
