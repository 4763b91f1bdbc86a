import { homeHeading, linkInMailbox, screenshot, signInAs, usePortalInBrowser } from './portal';

const password = 'juniper-anvil-solstice-harbor-8';

describe('signing up, approval, notifications and the profile', () => {
  const session = usePortalInBrowser();
  const context = session.context;

  it('a person signs up, confirms the emailed link, an admin approves from the bell, and the person signs in', async () => {
    const applicant = await (await context({ width: 390, height: 844 })).newPage();
    await applicant.goto(`${session.portal.url}/sign-in`);
    await applicant.getByRole('link', { name: 'Create an account' }).click();
    await applicant.getByRole('heading', { name: 'Create your account' }).waitFor();
    await applicant.getByRole('button', { name: 'Create my account' }).click();
    await applicant.getByText('Enter your name.').waitFor();
    await applicant.getByLabel('Your name').fill('Nina Rossi');
    await applicant.getByLabel('Email address').fill('nina@initech.test');
    await applicant.getByLabel('Your company or organization').fill('Initech');
    await applicant.getByLabel('New password').fill(password);
    await applicant.getByLabel('Type it again').fill(password);
    await screenshot(applicant, 'sign-up-phone');
    await applicant.getByRole('button', { name: 'Create my account' }).click();
    await applicant.getByRole('heading', { name: 'Check your email' }).waitFor();
    await screenshot(applicant, 'sign-up-sent');

    await applicant.goto(
      await linkInMailbox(applicant, session.portal.url, 'nina@initech.test', '/email-verifications/'),
    );
    await applicant.getByLabel('Your password').fill(password);
    await applicant.getByRole('button', { name: 'Confirm my email address' }).click();
    await applicant.getByText('The legal team will now review your account').waitFor();
    await screenshot(applicant, 'email-confirmed');

    await signInAs(applicant, session.portal.url, 'nina@initech.test', password);
    await applicant.getByText('Your account is waiting for approval by the legal team.').waitFor();

    const admin = await (await context()).newPage();
    await signInAs(admin, session.portal.url, 'admin@lexport.demo');
    const bell = admin.getByRole('button', { name: /^Notifications, \d+ unread$/ });
    await bell.waitFor();
    await bell.click();
    const notification = admin.getByRole('menuitem', {
      name: /Nina Rossi \(nina@initech\.test\) signed up and waits for your approval/,
    });
    await notification.waitFor();
    await screenshot(admin, 'notification-bell');
    await notification.click();
    await admin.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await admin.getByRole('cell', { name: 'Nina Rossi nina@initech.test' }).waitFor();
    await admin.getByText('Signed up for Initech').waitFor();
    await admin.getByRole('button', { name: 'Actions for Nina Rossi' }).click();
    await admin.getByRole('menuitem', { name: 'Approve' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Approve Nina Rossi' });
    await dialog.getByRole('combobox', { name: 'Client organization' }).click();
    await admin.getByRole('option', { name: 'Globex Corporation' }).click();
    await screenshot(admin, 'users-approve');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await admin.getByText('Account approved').waitFor();
    await admin.getByRole('radio', { name: 'Everyone' }).click();
    await admin.getByRole('button', { name: 'Actions for Nina Rossi' }).click();
    await admin.getByRole('menuitem', { name: 'History' }).click();
    const history = admin.getByRole('dialog', { name: 'History of Nina Rossi' });
    await history.getByText('Sign-up approved').waitFor();
    await history.getByText('by Alice Martin').first().waitFor();
    await history.getByText('Email address confirmed').waitFor();
    await history.getByText('Globex Corporation').waitFor();
    await admin.waitForTimeout(300);
    await screenshot(admin, 'user-history');
    await history.getByRole('button', { name: 'Close' }).click();

    await signInAs(applicant, session.portal.url, 'nina@initech.test', password);
    await applicant.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await applicant.goto(`${session.portal.url}/notifications`);
    await applicant.getByText('Your account was approved. Welcome!').waitFor();
    await screenshot(applicant, 'notifications-phone');
    await applicant.getByRole('button', { name: 'Mark all as read' }).click();
    await applicant.getByRole('button', { name: 'Mark all as read' }).waitFor({ state: 'detached' });
  });

  it('a client changes name and language in the profile; the portal switches to French and remembers optional emails', async () => {
    const page = await (await context()).newPage();
    await signInAs(page, session.portal.url, 'hana@globex.demo');
    await page.getByRole('heading', { name: homeHeading, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Account: Hana Yamada' }).click();
    await page.getByRole('menuitem', { name: 'My profile' }).click();
    await page.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    await page.getByRole('switch', { name: 'Account and security' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Account and security' }).isDisabled()).toBe(true);
    await screenshot(page, 'profile');

    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('Enter your current password.').waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Hana Y.');
    await page.getByRole('combobox', { name: 'Language of the portal and emails' }).click();
    await page.getByRole('option', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Mon profil', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Compte : Hana Y.' }).waitFor();
    await page.reload();
    await page.getByLabel('Nom', { exact: true }).waitFor();
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Hana Y.');
    await screenshot(page, 'profile-fr');
  });

  it('an admin adds a client organization and closes sign-up; the sign-in page stops offering it', async () => {
    const admin = await (await context()).newPage();
    await signInAs(admin, session.portal.url, 'admin@lexport.demo');
    await admin.getByRole('link', { name: 'Client organizations' }).click();
    await admin.getByRole('heading', { name: 'Client organizations', level: 1 }).waitFor();
    await admin.getByRole('button', { name: 'Add an organization' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a client organization' });
    await dialog.getByLabel('Name').fill('Initech');
    await dialog.getByLabel('Email domains').fill('acme.demo');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByText('This email domain already belongs to another client organization.').waitFor();
    await dialog.getByLabel('Email domains').fill('initech.test, initech.fr');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Organization added').waitFor();
    await admin.getByRole('cell', { name: 'initech.test, initech.fr' }).waitFor();

    await admin.getByRole('radio', { name: 'Nobody: invitations only' }).check();
    await screenshot(admin, 'organizations');
    await admin.getByRole('button', { name: 'Save the sign-up settings' }).click();
    await admin.getByText('Sign-up settings saved').waitFor();

    const visitor = await (await context()).newPage();
    await visitor.goto(`${session.portal.url}/sign-in`);
    await visitor.getByRole('heading', { name: 'Sign in' }).waitFor();
    await visitor.waitForLoadState('networkidle');
    expect(await visitor.getByRole('link', { name: 'Create an account' }).count()).toBe(0);
    await visitor.goto(`${session.portal.url}/sign-up`);
    await visitor.getByText('Sign-up is closed. The legal team invites people by email.').waitFor();
  });
});
