import {
  demoPassword,
  homeHeading,
  linkInMailbox,
  mailboxTo,
  screenshot,
  signInAs,
  usePortalInBrowser,
} from './portal';

describe('joining the portal from an invitation', () => {
  const session = usePortalInBrowser();
  const context = () => session.context();

  it('an admin invites a client, who opens the emailed link, sets a password, signs in and sees the catalogue', async () => {
    const adminContext = await context();
    const adminPage = await adminContext.newPage();
    await signInAs(adminPage, session.portal.url, 'admin@lexport.demo');
    await adminPage.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await adminPage.getByRole('link', { name: 'Users' }).click();
    await adminPage.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await adminPage.getByRole('button', { name: 'Invite a user' }).click();
    const dialog = adminPage.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel('Name').fill('Léa Moreau');
    await dialog.getByLabel('Email address').fill('lea@initech.test');
    await dialog.getByRole('combobox', { name: 'Client organization' }).click();
    await adminPage.getByRole('option', { name: 'Acme Industries' }).click();
    await screenshot(adminPage, 'users-invite');
    await dialog.getByRole('button', { name: 'Send the invitation' }).click();
    await adminPage.getByText('Invitation sent').waitFor();
    await adminPage.getByRole('cell', { name: 'Léa Moreau lea@initech.test' }).waitFor();
    await screenshot(adminPage, 'users-list');

    const link = await linkInMailbox(adminPage, session.portal.url, 'lea@initech.test', '/invitations/');
    expect(link).toContain(session.portal.url);
    await adminPage.getByRole('link', { name: 'Development mailbox' }).click();
    await adminPage.getByText('Alice Martin invites you to the Lexport client portal').first().waitFor();
    await adminPage.frameLocator('iframe').getByRole('link', { name: 'Create my password' }).waitFor();
    await screenshot(adminPage, 'mailbox');
    await adminContext.close();

    const clientContext = await context();
    const page = await clientContext.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Welcome, Léa Moreau' }).waitFor();
    await page.getByLabel('New password').fill('short');
    await page.getByLabel('Type it again').fill('different');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('The password needs at least 12 characters.').waitFor();
    await page.getByLabel('New password').fill('password12345');
    await page.getByLabel('Type it again').fill('password12345');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('This password is too easy to guess.').waitFor();
    await screenshot(page, 'invitation-weak-password');
    await page.getByLabel('New password').fill('orchid-canal-ember-trumpet-8');
    await page.getByLabel('Type it again').fill('orchid-canal-ember-trumpet-8');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('Your password is set. Sign in with it now.').waitFor();
    await page.getByLabel('Email address').fill('lea@initech.test');
    await page.getByLabel('Password', { exact: true }).fill('orchid-canal-ember-trumpet-8');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.getByRole('button', { name: /Account: Léa Moreau/ }).waitFor();

    await page.goto(link);
    await page.getByRole('heading', { name: 'This invitation was already used' }).waitFor();
    await clientContext.close();
  });

  it('locks an account after five wrong passwords, telling its owner by email and the sign-in page nothing', async () => {
    const page = await (await context()).newPage();
    await page.goto(`${session.portal.url}/sign-in`);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel('Email address').fill('marc@acme.demo');
      await page.getByLabel('Password', { exact: true }).fill(`wrong-password-${attempt}`);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('The email address or the password is not right.').waitFor();
    }
    // Even the right password gets the same answer while the account is locked: the page cannot test passwords.
    await page.getByLabel('Password', { exact: true }).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('The email address or the password is not right.').waitFor();
    expect(await page.getByText(/locked/i).count()).toBe(0);
    for (
      let attempt = 0;
      attempt < 100 &&
      !(await mailboxTo(session.portal.url, 'marc@acme.demo')).some((mail) => /verrouillé|locked/.test(mail.subject));
      attempt += 1
    ) {
      await page.waitForTimeout(100);
    }
    expect((await mailboxTo(session.portal.url, 'marc@acme.demo')).map((mail) => mail.subject)).toContainEqual(
      expect.stringMatching(/verrouillé|locked/),
    );
    await screenshot(page, 'sign-in-locked');
  });

  it('resets a forgotten password from the emailed link', async () => {
    const page = await (await context()).newPage();
    await page.goto(`${session.portal.url}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByLabel('Email address').fill('claire@acme.demo');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('If this address has an account, a link is on its way.').waitFor();
    const link = await linkInMailbox(page, session.portal.url, 'claire@acme.demo', '/password-resets/');
    expect(link).toContain('/password-resets/');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('New password').fill('plum-orbit-harvest-violin-3');
    await page.getByLabel('Type it again').fill('plum-orbit-harvest-violin-3');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByLabel('Email address').fill('claire@acme.demo');
    await page.getByLabel('Password', { exact: true }).fill('plum-orbit-harvest-violin-3');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.goto(link);
    await page.getByRole('heading', { name: 'This link can no longer be used' }).waitFor();
  });
});
