import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { violationsOn } from './axe';
import { demoPassword, homeHeading, mailboxMessage, mailboxTo, signInAs, usePortalInBrowser } from './portal';

/** Screenshots of every new page, English and French, desktop and phone, to be looked at by a person. */
const shotsDirectory = process.env['E2E_SHOTS_DIR'] ?? join(tmpdir(), 'e2e-shots');

/** The whole page, not only the viewport: the shell scrolls inside its content pane, so the window grows to fit. */
async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDirectory, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const height = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollHeight,
      64 + (document.querySelector('mat-sidenav-content')?.scrollHeight ?? 0),
    ),
  );
  if (height > viewport.height) await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  await page.screenshot({ path: join(shotsDirectory, `${name}.png`), fullPage: true });
  if (height > viewport.height) await page.setViewportSize(viewport);
}

/** How far the page scrolls sideways: nothing, on a page that fits its screen. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(
      document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ...Array.from(
        document.querySelectorAll('mat-sidenav-content, main'),
        (element) => element.scrollWidth - element.clientWidth,
      ),
    ),
  );
}

/** Opens a select by its form field (a tap on its label opens it too) and picks an option. */
async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.locator('mat-form-field', { has: page.getByRole('combobox', { name, exact: true }) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const requestType = {
  en: 'Workplace investigation',
  fr: 'Enquête interne',
  description: {
    en: 'An independent inquiry into a complaint made by or about one of your employees.',
    fr: 'Une enquête indépendante sur une plainte déposée par ou contre l’un de vos salariés.',
  },
};

const field = {
  subject: { en: 'Subject', fr: 'Objet' },
  complaint: { en: 'Nature of the complaint', fr: 'Nature de la plainte' },
  respondent: { en: 'Who is the complaint about?', fr: 'Qui est visé par la plainte ?' },
  documents: { en: 'Supporting documents', fr: 'Pièces justificatives' },
};
const options = [
  { value: 'harassment', en: 'Harassment', fr: 'Harcèlement' },
  { value: 'other', en: 'Something else', fr: 'Autre chose' },
];

/** A small but real PDF: the portal checks a file's content, not its name. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n' +
    'trailer << /Root 1 0 R >>\n%%EOF\n',
);

const home = { en: homeHeading, fr: 'Comment pouvons-nous vous aider ?' };

describe('a request, from the form builder to the requester’s mailbox', () => {
  // Ten people sign in here within a minute, all from 127.0.0.1: more than the sign-in limit per address.
  const session = usePortalInBrowser({ SIGN_IN_ATTEMPTS_PER_MINUTE: '1000' });
  const contexts: BrowserContext[] = [];
  /** The request Hana submits, used by the later tests. */
  let submitted: { id: string; reference: string } | undefined;

  /** A fresh browser whose language is English or French (as the portal reads it from the browser), signed in. */
  async function signedIn(email: string, language: 'en' | 'fr', viewport = { width: 1280, height: 800 }) {
    const context = await session.browser.newContext({ viewport, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
    contexts.push(context);
    const page = await context.newPage();
    if (language === 'en') await signInAs(page, session.portal.url, email);
    else {
      await page.goto(`${session.portal.url}/sign-in`);
      await page.getByLabel('Adresse e-mail').fill(email);
      await page.getByLabel('Mot de passe', { exact: true }).fill(demoPassword);
      await page.getByRole('button', { name: 'Se connecter' }).click();
    }
    await page.getByRole('heading', { name: home[language], level: 1 }).waitFor();
    return page;
  }

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });

  it('legal staff create a request type, build its form with a condition and a file field, and publish it', async () => {
    const page = await signedIn('paul.legal@lexport.demo', 'en');
    await page.getByRole('link', { name: 'Request types' }).click();
    await page.getByRole('heading', { name: 'Request types', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Employment question' }).waitFor();
    await shot(page, 'request-types-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('link', { name: 'Practice areas' }).first().click();
    await page.getByRole('heading', { name: 'Practice areas', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Employment', exact: true }).waitFor();
    await shot(page, 'practice-areas-en-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.getByRole('main').getByRole('link', { name: 'Request types' }).click();

    await page.getByRole('button', { name: 'New request type' }).click();
    const dialog = page.getByRole('dialog', { name: 'New request type' });
    await dialog.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: 'Employment' }).click();
    await dialog.getByLabel('Name in English').fill(requestType.en);
    await dialog.getByLabel('Name in French').fill(requestType.fr);
    await dialog.getByLabel('Description in English').fill(requestType.description.en);
    await dialog.getByLabel('Description in French').fill(requestType.description.fr);
    await dialog.getByRole('combobox', { name: 'Opens' }).click();
    await page.getByRole('option', { name: 'A case' }).click();
    await dialog.getByRole('combobox', { name: 'Practice area' }).click();
    await page.getByRole('option', { name: 'Employment' }).click();
    await page.getByRole('listbox').waitFor({ state: 'detached' });
    await shot(page, 'request-type-dialog-en-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Create and build the form' }).click();

    // The editor opens on the new type's form.
    await page.getByRole('heading', { name: requestType.en, level: 1 }).waitFor();
    await page.getByText('Never published: clients do not see it yet').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/legal\/request-types\/[0-9a-f-]{36}$/);

    const addField = async (type: string) => {
      await page.getByRole('button', { name: 'Add a field to “Details”' }).click();
      await page.getByRole('menuitem', { name: type, exact: true }).click();
    };
    // One field's settings are open at a time: the one just added.
    const settings = page.locator('lex-field-editor');

    await addField('Short text');
    await settings.getByLabel('Label in English').fill(field.subject.en);
    await settings.getByLabel('Label in French').fill(field.subject.fr);
    await settings.getByLabel('Key').fill('subject');
    await settings.getByRole('checkbox', { name: 'An answer is required' }).check();

    await addField('Single choice');
    await settings.getByLabel('Label in English').first().fill(field.complaint.en);
    await settings.getByLabel('Label in French').first().fill(field.complaint.fr);
    await settings.getByLabel('Key').fill('complaint');
    await settings.getByRole('checkbox', { name: 'An answer is required' }).check();
    const optionList = settings.getByRole('group', { name: 'Options' });
    for (const option of options) {
      await optionList.getByRole('button', { name: 'Add an option' }).click();
      const row = optionList.getByRole('listitem').last();
      await row.getByLabel('Label in English').fill(option.en);
      await row.getByLabel('Label in French').fill(option.fr);
      await row.getByLabel('Value').fill(option.value);
    }

    await addField('Long text');
    await settings.getByLabel('Label in English').fill(field.respondent.en);
    await settings.getByLabel('Label in French').fill(field.respondent.fr);
    await settings.getByLabel('Key').fill('respondent');
    await settings.getByRole('checkbox', { name: 'An answer is required' }).check();
    const condition = settings.getByRole('group', { name: 'When it is shown' });
    await condition.getByRole('checkbox', { name: 'Show this field only when an earlier answer says so' }).check();
    await condition.getByRole('combobox', { name: 'Earlier field' }).click();
    await page.getByRole('option', { name: `${field.complaint.en} (complaint)` }).click();
    await condition.getByRole('combobox', { name: 'Value' }).click();
    await page.getByRole('option', { name: 'Harassment' }).click();
    expect(await condition.getByRole('combobox', { name: 'Condition' }).textContent()).toContain('is');

    await addField('Files');
    await settings.getByLabel('Label in English').fill(field.documents.en);
    await settings.getByLabel('Label in French').fill(field.documents.fr);
    await settings.getByLabel('Key').fill('documents');

    // The live preview follows the builder, the conditional field hidden until its answer is chosen.
    const preview = page.getByRole('complementary', { name: 'Preview' });
    await preview.getByRole('textbox', { name: field.subject.en }).waitFor();
    await preview.getByRole('group', { name: field.documents.en }).waitFor();
    expect(await preview.getByRole('textbox', { name: field.respondent.en }).count()).toBe(0);
    const fields = page.getByRole('list', { name: 'Fields of “Details”' });
    await fields.getByText('Long text · respondent · required · shown on a condition').waitFor();
    expect(await page.getByRole('region', { name: /^To fix before publishing/ }).count()).toBe(0);
    await shot(page, 'form-builder-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save and publish' }).click();
    await page.getByText('Version 1 published').first().waitFor();
    await page.locator('lex-request-type-status').getByText('Offered').waitFor();

    // The subject of a request comes from the short text, chosen once the form has it.
    await page.getByRole('tab', { name: 'Details' }).click();
    await page.getByRole('combobox', { name: 'Subject of a request' }).click();
    await page.getByRole('option', { name: `${field.subject.en} (subject)` }).click();
    await page.getByRole('button', { name: 'Save the details' }).click();
    await page.getByText('Details saved').waitFor();
    await shot(page, 'form-builder-details-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('link', { name: 'Request types' }).first().click();
    const row = page.getByRole('row', { name: new RegExp(requestType.en) });
    await row.getByText('Version 1').waitFor();
    expect(await row.getByText('Offered').count()).toBe(1);
  }, 180_000);

  it('a client finds it by searching the catalogue, answers the condition, attaches a PDF, submits and reads it back', async () => {
    const page = await signedIn('hana@globex.demo', 'en');
    await page.getByRole('heading', { name: 'Your recent requests', level: 2 }).waitFor();
    await shot(page, 'catalogue-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    const search = page.getByRole('searchbox', { name: 'Search request types' });
    await search.fill('zzzz');
    await page.getByRole('heading', { name: 'Nothing matches “zzzz”' }).waitFor();
    await shot(page, 'catalogue-no-match-en-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.getByRole('main').getByRole('button', { name: 'Clear the search' }).last().click();
    await page.getByRole('status').getByText('4 request types offered').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');

    await search.fill('investigation');
    await page.getByRole('status').getByText('1 request type matches “investigation”').waitFor();
    expect(new URL(page.url()).searchParams.get('search')).toBe('investigation');
    await page.getByRole('heading', { name: requestType.en, level: 3 }).waitFor();
    expect(await page.getByRole('heading', { name: 'Employment question' }).count()).toBe(0);
    await shot(page, 'catalogue-search-en-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.getByRole('link', { name: `Start a request: ${requestType.en}` }).click();

    await page.getByRole('heading', { name: requestType.en, level: 1 }).waitFor();
    await page.getByText(requestType.description.en).waitFor();
    await page.getByRole('textbox', { name: field.subject.en }).waitFor();
    await shot(page, 'request-form-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    // Submitting empty lists what is missing, and the conditional question is not among them yet.
    await page.getByRole('button', { name: 'Submit' }).click();
    const summary = page.getByRole('region', { name: 'Check these answers before you submit' });
    await summary.getByRole('link', { name: `${field.subject.en}: Answer this question.` }).waitFor();
    await summary.getByRole('link', { name: `${field.complaint.en}: Answer this question.` }).waitFor();
    expect(await summary.getByRole('link').count()).toBe(2);
    // The first question to answer gets the focus.
    await page.waitForFunction(() => document.activeElement?.id.endsWith('-subject'));
    await page.getByText('Answer this question.').first().waitFor();
    await page.waitForTimeout(400); // the messages fade in
    await shot(page, 'request-form-errors-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    const respondent = page.getByRole('textbox', { name: field.respondent.en });
    expect(await respondent.count()).toBe(0);
    await choose(page, field.complaint.en, 'Something else');
    await page.waitForTimeout(200);
    expect(await respondent.count()).toBe(0);
    await choose(page, field.complaint.en, 'Harassment');
    await respondent.waitFor();

    await page.getByRole('textbox', { name: field.subject.en }).fill('Complaint against a team leader');
    await respondent.fill('A team leader in the Osaka office');
    const documents = page.getByRole('group', { name: field.documents.en });
    await documents.locator('input[type="file"]').setInputFiles({
      name: 'complaint-letter.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await documents.getByRole('button', { name: 'Remove complaint-letter.pdf' }).waitFor();
    await shot(page, 'request-form-filled-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit' }).click();
    const confirmation = page.getByRole('heading', { level: 1, name: /^Your request C-\d{4}-\d{5} was submitted$/ });
    await confirmation.waitFor();
    const reference = /C-\d{4}-\d{5}/.exec((await confirmation.textContent()) ?? '')?.[0] ?? '';
    expect(reference).toMatch(/^C-\d{4}-\d{5}$/);
    const [, , , id] = new URL(page.url()).pathname.split('/');
    expect(new URL(page.url()).pathname).toMatch(/^\/catalogue\/submitted\/[0-9a-f-]{36}$/);
    submitted = { id: id ?? '', reference };
    await page.getByText('A case was opened under this reference.', { exact: false }).waitFor();
    // The form and its submit button are gone: the outcome has the focus, so that a screen reader reads it.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await shot(page, 'confirmation-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    // Reloaded, the confirmation asks the portal for the reference instead of the navigation.
    await page.reload();
    await confirmation.waitFor();

    await page.getByRole('link', { name: 'View the request' }).click();
    await page.getByRole('heading', { name: 'Complaint against a team leader', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/requests/${submitted.id}`);
    const answers = page.getByRole('region', { name: 'Answers' });
    await answers.getByText('A team leader in the Osaka office').waitFor();
    expect(await answers.locator('dl > div').allInnerTexts()).toEqual([
      `${field.subject.en}\nComplaint against a team leader`,
      `${field.complaint.en}\nHarassment`,
      `${field.respondent.en}\nA team leader in the Osaka office`,
      `${field.documents.en}\ncomplaint-letter.pdf`,
    ]);
    const details = page.getByRole('region', { name: 'Details' });
    await details.getByText(reference, { exact: true }).waitFor();
    await details.getByText(requestType.en).waitFor();
    await details.getByText('Hana Yamada').waitFor();
    const file = page
      .getByRole('region', { name: 'Files' })
      .getByRole('link', { name: /^Download complaint-letter\.pdf/ });
    await file.waitFor();
    const download = await page.request.get(`${session.portal.url}${await file.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await shot(page, 'request-page-en-desktop');
    expect(await violationsOn(page)).toEqual([]);

    // The home page lists it among the recent requests.
    await page.goto(`${session.portal.url}/catalogue`);
    await page
      .getByRole('complementary', { name: 'Your recent requests' })
      .getByRole('link', { name: `${reference} Complaint against a team leader` })
      .waitFor();
  }, 180_000);

  it('emails the requester the reference and the answers (development mailbox, read as the admin)', async () => {
    if (!submitted) throw new Error('The previous test submits the request');
    const { reference } = submitted;
    let email: { id: string; subject: string } | undefined;
    for (let attempt = 0; attempt < 100 && !email; attempt += 1) {
      email = (await mailboxTo(session.portal.url, 'hana@globex.demo')).find((mail) =>
        mail.subject.includes(reference),
      );
      if (!email) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!email) throw new Error(`No email to hana@globex.demo about ${reference}`);
    expect(email.subject).toBe(`Your request ${reference} was received: Complaint against a team leader`);
    const { text } = await mailboxMessage(session.portal.url, email.id);
    expect(text).toContain('Hello Hana Yamada,');
    expect(text).toContain(`- ${field.subject.en}: Complaint against a team leader`);
    expect(text).toContain(`- ${field.complaint.en}: Harassment`);
    expect(text).toContain(`- ${field.respondent.en}: A team leader in the Osaka office`);
    expect(text).toContain(`- ${field.documents.en}: complaint-letter.pdf`);
    expect(text).toContain(`${session.portal.url}/requests/${submitted.id}`);

    // The same email, as the admin reads it in the portal's development mailbox.
    const page = await signedIn('admin@lexport.demo', 'en');
    await page.getByRole('link', { name: 'Development mailbox' }).click();
    await page.getByRole('heading', { name: 'Development mailbox', level: 1 }).waitFor();
    await page.getByRole('option', { name: new RegExp(`Your request ${reference} was received`) }).click();
    const body = page.frameLocator('iframe');
    await body.getByText('A team leader in the Osaka office').waitFor();
    await body.getByRole('link', { name: 'Open my request' }).waitFor();
    await shot(page, 'mailbox-request-email-en-desktop');
  }, 120_000);

  it('in French: a client of another organization searches, sees the French form and its condition, and submits', async () => {
    const page = await signedIn('claire@acme.demo', 'fr');
    await page.getByRole('searchbox', { name: 'Rechercher un type de demande' }).fill('enquête');
    await page.getByRole('status').getByText('1 type de demande correspond à « enquête »').waitFor();
    await page.getByRole('heading', { name: requestType.fr, level: 3 }).waitFor();
    await shot(page, 'catalogue-search-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.getByRole('link', { name: `Commencer une demande : ${requestType.fr}` }).click();

    await page.getByRole('heading', { name: requestType.fr, level: 1 }).waitFor();
    await page.getByText(requestType.description.fr).waitFor();
    const respondent = page.getByRole('textbox', { name: field.respondent.fr });
    expect(await respondent.count()).toBe(0);
    await choose(page, field.complaint.fr, 'Harcèlement');
    await respondent.waitFor();
    await page.getByRole('textbox', { name: field.subject.fr }).fill('Plainte contre un chef d’équipe');
    await respondent.fill('Un chef d’équipe du site de Lyon');
    await page
      .getByRole('group', { name: field.documents.fr })
      .locator('input[type="file"]')
      .setInputFiles({ name: 'courrier.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Retirer courrier.pdf' }).waitFor();
    await shot(page, 'request-form-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Envoyer' }).click();
    const confirmation = page.getByRole('heading', { level: 1, name: /^Votre demande C-\d{4}-\d{5} a été soumise$/ });
    await confirmation.waitFor();
    await page.getByText('Un contentieux a été ouvert sous cette référence.', { exact: false }).waitFor();
    await shot(page, 'confirmation-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('link', { name: 'Voir la demande' }).click();
    await page.getByRole('heading', { name: 'Plainte contre un chef d’équipe', level: 1 }).waitFor();
    const answers = page.getByRole('region', { name: 'Réponses' });
    await answers.getByText('Un chef d’équipe du site de Lyon').waitFor();
    expect(await answers.locator('dl > div').allInnerTexts()).toEqual([
      `${field.subject.fr}\nPlainte contre un chef d’équipe`,
      `${field.complaint.fr}\nHarcèlement`,
      `${field.respondent.fr}\nUn chef d’équipe du site de Lyon`,
      `${field.documents.fr}\ncourrier.pdf`,
    ]);
    await page.getByRole('link', { name: /^Télécharger courrier\.pdf/ }).waitFor();
    await shot(page, 'request-page-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);

    const emails = await mailboxTo(session.portal.url, 'claire@acme.demo');
    for (
      let attempt = 0;
      attempt < 100 && !emails.some((mail) => mail.subject.includes('Plainte contre'));
      attempt += 1
    ) {
      await page.waitForTimeout(100);
      emails.splice(0, emails.length, ...(await mailboxTo(session.portal.url, 'claire@acme.demo')));
    }
    const email = emails.find((mail) => mail.subject.includes('Plainte contre'));
    expect(email?.subject).toMatch(/^Votre demande C-\d{4}-\d{5} a été reçue : Plainte contre un chef d’équipe$/);
    const { text } = await mailboxMessage(session.portal.url, email?.id ?? '');
    expect(text).toContain(`- ${field.complaint.fr}: Harcèlement`);
  }, 180_000);

  it('fits a 390 px phone: the catalogue and the form scroll only downwards and can be filled in', async () => {
    const phone = { width: 390, height: 844 };
    const page = await signedIn('hana@globex.demo', 'en', phone);
    await page.getByRole('heading', { name: 'Your recent requests', level: 2 }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'catalogue-en-phone');
    await page.getByRole('searchbox', { name: 'Search request types' }).fill('investigation');
    await page.getByRole('status').getByText('1 request type matches “investigation”').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'catalogue-search-en-phone');
    await page.getByRole('link', { name: `Start a request: ${requestType.en}` }).click();

    await page.getByRole('heading', { name: requestType.en, level: 1 }).waitFor();
    await choose(page, field.complaint.en, 'Harassment');
    const respondent = page.getByRole('textbox', { name: field.respondent.en });
    await respondent.fill('Someone in accounting');
    await page.getByRole('textbox', { name: field.subject.en }).fill('A second complaint');
    await page
      .getByRole('group', { name: field.documents.en })
      .locator('input[type="file"]')
      .setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Remove notes.pdf' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Every control is within the screen's width.
    const outside = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main input, main textarea, main button, main mat-select'))
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.left < 0 || box.right > window.innerWidth);
        })
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(outside).toEqual([]);
    await shot(page, 'request-form-en-phone');
    expect(await violationsOn(page)).toEqual([]);

    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { level: 1, name: /^Your request C-\d{4}-\d{5} was submitted$/ }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'confirmation-en-phone');
    await page.getByRole('link', { name: 'View the request' }).click();
    await page.getByRole('heading', { name: 'A second complaint', level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Answers' }).getByText('Someone in accounting').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'request-page-en-phone');
  }, 180_000);

  it('keeps clients out of the staff pages and out of another organization’s request', async () => {
    if (!submitted) throw new Error('An earlier test submits the request');
    const hana = await signedIn('hana@globex.demo', 'en');
    expect(await hana.getByRole('link', { name: 'Request types' }).count()).toBe(0);
    for (const path of ['/legal/request-types', '/legal/practice-areas']) {
      await hana.goto(`${session.portal.url}${path}`);
      await hana.getByRole('heading', { name: home.en, level: 1 }).waitFor();
      expect(new URL(hana.url()).pathname).toBe('/catalogue');
      expect(await hana.getByRole('heading', { name: /Request types|Practice areas/ }).count()).toBe(0);
    }

    // A request type that is not (or no longer) offered: said so, with the way back.
    await hana.goto(`${session.portal.url}/catalogue/types/6f1c7c1e-6a3b-4e0e-9d2a-4b8f0c1d2e3f`);
    await hana.getByRole('heading', { name: 'This request type is not available', level: 1 }).waitFor();
    await shot(hana, 'request-form-not-offered-en-desktop');
    expect(await violationsOn(hana)).toEqual([]);

    const claire = await signedIn('claire@acme.demo', 'fr');
    await claire.goto(`${session.portal.url}/requests/${submitted.id}`);
    await claire.getByRole('heading', { name: 'Demande introuvable', level: 1 }).waitFor();
    await claire.getByText('Cette demande n’existe pas ou vous ne pouvez pas la consulter.').waitFor();
    expect(await claire.getByText(submitted.reference).count()).toBe(0);
    expect(await claire.getByText('Complaint against a team leader').count()).toBe(0);
    await shot(claire, 'request-page-not-found-fr-desktop');
    expect(await violationsOn(claire)).toEqual([]);
    // The API says the same: not found, rather than forbidden, so that ids cannot be probed.
    expect((await claire.request.get(`${session.portal.url}/api/matters/${submitted.id}`)).status()).toBe(404);
  }, 120_000);

  it('staff pages in French and on a phone', async () => {
    const page = await signedIn('paul.legal@lexport.demo', 'fr');
    await page.goto(`${session.portal.url}/legal/request-types`);
    await page.getByRole('heading', { name: 'Types de demande', level: 1 }).waitFor();
    await page.getByRole('link', { name: requestType.fr }).waitFor();
    await shot(page, 'request-types-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.getByRole('link', { name: requestType.fr }).click();
    await page.getByRole('heading', { name: requestType.fr, level: 1 }).waitFor();
    await page.getByRole('complementary').getByRole('textbox', { name: field.subject.fr }).waitFor();
    await shot(page, 'form-builder-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);
    await page.goto(`${session.portal.url}/legal/practice-areas`);
    await page.getByRole('heading', { name: 'Domaines d’expertise', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Droit du travail', exact: true }).waitFor();
    await shot(page, 'practice-areas-fr-desktop');
    expect(await violationsOn(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, heading, name] of [
      ['/legal/request-types', 'Types de demande', 'request-types-fr-phone'],
      ['/legal/practice-areas', 'Domaines d’expertise', 'practice-areas-fr-phone'],
      ['/catalogue', home.fr, 'catalogue-staff-fr-phone'],
    ] as const) {
      await page.goto(`${session.portal.url}${path}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await shot(page, name);
    }
    await page.goto(`${session.portal.url}/legal/request-types`);
    await page.getByRole('link', { name: requestType.fr }).click();
    await page.getByRole('heading', { name: requestType.fr, level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shot(page, 'form-builder-fr-phone');
  }, 180_000);
});
