import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import type { HarnessLoader } from '@angular/cdk/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { answerIssueCodes, formValidationFixture } from '@lexport/requests-published';
import type { NormalizedAnswers } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { Subject } from 'rxjs';
import { ATTACHMENT_UPLOADER } from './attachment-uploader';
import type { AttachmentUploadEvent } from './attachment-uploader';
import { RequestFormComponent } from './request-form.component';

describe('the request form', () => {
  let fixture: ComponentFixture<RequestFormComponent>;
  let loader: HarnessLoader;
  let uploads: Subject<AttachmentUploadEvent>[];
  let submitted: NormalizedAnswers[];

  async function render(inputs: { language?: 'en' | 'fr'; preview?: boolean } = {}) {
    fixture = TestBed.createComponent(RequestFormComponent);
    fixture.componentRef.setInput('form', formValidationFixture);
    fixture.componentRef.setInput('language', inputs.language ?? 'en');
    fixture.componentRef.setInput('preview', inputs.preview ?? false);
    fixture.componentInstance.submitted.subscribe((answers) => submitted.push(answers));
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  beforeEach(() => {
    uploads = [];
    submitted = [];
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: {
            en: translations.en,
            fr: translations.fr,
            'requests/en': requestsTexts.en,
            'requests/fr': requestsTexts.fr,
          },
          translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        {
          provide: ATTACHMENT_UPLOADER,
          useValue: {
            upload: () => {
              const upload = new Subject<AttachmentUploadEvent>();
              uploads.push(upload);
              return upload;
            },
          },
        },
      ],
    });
  });

  const page = () => fixture.nativeElement as HTMLElement;
  const headings = () => Array.from(page().querySelectorAll('h2'), (heading) => heading.textContent?.trim());
  const field = (label: string) => loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: label }));
  const input = (key: string) => loader.getHarness(MatInputHarness.with({ selector: `[id$="-${key}"]` }));
  const selectIn = (key: string) => loader.getHarness(MatSelectHarness.with({ selector: `[id$="-${key}"]` }));
  const submit = async (text = 'Submit') => (await loader.getHarness(MatButtonHarness.with({ text }))).click();

  async function fillRequired() {
    await (await input('subject')).setValue('Unfair dismissal claim');
    await (await input('claimValue')).setValue('12 500,50');
    await (await input('incidentDate')).setValue('2026-03-14');
    await (await selectIn('practiceArea')).clickOptions({ text: 'Employment' });
    await (await input('contactEmail')).setValue('  marie.dupont@example.com ');
    await (await loader.getHarness(MatCheckboxHarness.with({ label: /I confirm/ }))).check();
  }

  it('shows the form’s sections as headings and its fields with their labels and help', async () => {
    await render();
    expect(headings()).toEqual(['Your matter', 'Who is involved']);
    expect(await (await field('Your reference')).getTextHints()).toEqual(['Two capitals, a dash, four digits.']);
    expect(await (await input('subject')).isRequired()).toBe(true);
    expect(await (await input('incidentDate')).getType()).toBe('date');
    expect(page().querySelector('legend')?.textContent).toContain('Your matter');
  });

  it('speaks French when asked, its own words included', async () => {
    await render({ language: 'fr' });
    expect(headings()).toEqual(['Votre affaire', 'Les parties']);
    expect(await (await field('Objet')).getLabel()).toBe('Objet');
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Envoyer' }))).isDisabled()).toBe(false);
  });

  it('shows a conditional question only while its condition holds, and leaves it out of the answers', async () => {
    await render();
    const stage = () => loader.getHarnessOrNull(MatSelectHarness.with({ selector: '[id$="-litigationStage"]' }));
    expect(await stage()).toBeNull();

    await (await selectIn('practiceArea')).clickOptions({ text: 'Litigation' });
    await (await stage())?.clickOptions({ text: 'Claim filed' });
    expect(fixture.componentInstance.answers()['litigationStage']).toBe('filed');

    await (await selectIn('practiceArea')).clickOptions({ text: 'Employment' });
    expect(await stage()).toBeNull();
    expect(fixture.componentInstance.answers()['litigationStage']).toBeUndefined();
  });

  it('says what is wrong with an answer once the person leaves the field', async () => {
    await render();
    const subject = await input('subject');
    await subject.setValue('ab');
    expect(await (await field('Subject')).getTextErrors()).toEqual([]);
    await subject.blur();
    expect(await (await field('Subject')).getTextErrors()).toEqual(['Write at least 3 characters.']);
    const host = await subject.host();
    expect(await host.getAttribute('aria-invalid')).toBe('true');
    const error = page().querySelector('mat-error');
    expect((await host.getAttribute('aria-describedby'))?.split(' ')).toContain(error?.id);
  });

  it('shows the form’s own message when an answer does not match its pattern', async () => {
    await render({ language: 'fr' });
    const reference = await input('reference');
    await reference.setValue('ab-12');
    await reference.blur();
    expect(await (await field('Votre référence')).getTextErrors()).toEqual(['Écrivez-la comme AB-1234.']);
  });

  it('lists what needs attention on submit, moves focus to the first, and sends nothing', async () => {
    await render();
    await submit();
    await fixture.whenStable();

    const summary = page().querySelector('.error-summary');
    expect(summary?.querySelector('h2')?.textContent).toContain('Check these answers');
    expect(Array.from(summary?.querySelectorAll('a') ?? [], (link) => link.textContent?.trim())).toEqual([
      'Subject: Answer this question.',
      'Amount at stake: Answer this question.',
      'Date of the incident: Answer this question.',
      'Practice area: Answer this question.',
      'Email for this request: Answer this question.',
      'I confirm these answers are true: Tick this box to continue.',
    ]);
    expect(document.activeElement?.id).toMatch(/-subject$/);
    expect(await (await field('Amount at stake')).getTextErrors()).toEqual(['Answer this question.']);
    expect(page().querySelector('.checkbox .field-error')?.textContent).toContain('Tick this box to continue.');
    expect(submitted).toEqual([]);

    (summary?.querySelectorAll('a')[3] as HTMLAnchorElement).click();
    expect(document.activeElement?.id).toMatch(/-practiceArea$/);
  });

  it('sends the normalized answers when nothing is wrong', async () => {
    await render();
    await fillRequired();
    await submit();
    expect(submitted).toEqual([
      {
        subject: 'Unfair dismissal claim',
        claimValue: { amount: '12500.50', currency: 'EUR' },
        incidentDate: '2026-03-14',
        practiceArea: 'employment',
        contactEmail: 'marie.dupont@example.com',
        hasOpponent: false,
        confirmation: true,
      },
    ]);
  });

  it('asks for the opposing party in a group of fields once the box is ticked', async () => {
    await render();
    await fillRequired();
    await (await loader.getHarness(MatCheckboxHarness.with({ label: 'Someone opposes you' }))).check();
    await (await input('opponent-organization')).setValue('Acme Group');
    await submit();
    expect(submitted).toEqual([]);
    expect(await (await field('Name')).getTextErrors()).toEqual(['Answer this question.']);
    expect(document.activeElement?.id).toMatch(/-opponent$/);

    await (await input('opponent')).setValue('Acme SA');
    await (await selectIn('opponent-role')).clickOptions({ text: 'Employer' });
    await submit();
    expect(submitted[0]?.['opponent']).toEqual({ name: 'Acme SA', role: 'employer', organization: 'Acme Group' });
  });

  it('uploads files with a progress bar each, lists them, and answers with their ids', async () => {
    await render();
    const picker = page().querySelector<HTMLInputElement>('input[type=file]');
    const files = [new File(['%PDF'], 'contract.pdf', { type: 'application/pdf' }), new File(['x'], 'notes.txt')];
    Object.defineProperty(picker, 'files', { value: files, configurable: true });
    picker?.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    uploads[0]?.next({ progress: 40 });
    await fixture.whenStable();
    const bars = await loader.getAllHarnesses(MatProgressBarHarness);
    expect(await Promise.all(bars.map((bar) => bar.getValue()))).toEqual([40, 0]);

    uploads[0]?.next({
      attachment: {
        attachmentId: '0d7f7a52-6c8e-4c5b-9d7e-1f3c2b9a8e01',
        name: 'contract.pdf',
        size: 245_000,
        contentType: 'application/pdf',
      },
    });
    uploads[0]?.complete();
    uploads[1]?.error(new Error('refused'));
    await fixture.whenStable();

    expect(page().querySelector('.file-list')?.textContent).toContain('contract.pdf');
    expect(page().querySelector('.file-list')?.textContent).toContain('245 kB');
    expect(page().querySelector('[role=alert]')?.textContent).toContain('notes.txt could not be uploaded');
    expect(fixture.componentInstance.answers()['documents']).toEqual([
      { attachmentId: '0d7f7a52-6c8e-4c5b-9d7e-1f3c2b9a8e01' },
    ]);

    await (await loader.getHarness(MatButtonHarness.with({ selector: '[aria-label="Remove contract.pdf"]' }))).click();
    expect(fixture.componentInstance.answers()['documents']).toBeUndefined();
  });

  it('waits for uploads to finish before sending', async () => {
    await render();
    await fillRequired();
    const picker = page().querySelector<HTMLInputElement>('input[type=file]');
    Object.defineProperty(picker, 'files', { value: [new File(['x'], 'scan.png')], configurable: true });
    picker?.dispatchEvent(new Event('change'));
    await submit();
    expect(submitted).toEqual([]);
    expect(page().textContent).toContain('Wait until your files are uploaded');
  });

  it('renders the same as a preview, but neither submits nor uploads', async () => {
    await render({ preview: true });
    expect(headings()).toEqual(['Your matter', 'Who is involved']);
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Submit' }))).isDisabled()).toBe(true);
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: /Add files/ }))).isDisabled()).toBe(true);
  });

  it('follows a definition edited live, keeping what was typed under the same key', async () => {
    await render({ preview: true });
    await (await input('subject')).setValue('Kept');
    const [matter, parties] = formValidationFixture.sections;
    fixture.componentRef.setInput('form', {
      sections: [{ ...matter, title: { en: 'The matter', fr: 'L’affaire' } }, parties],
    });
    await fixture.whenStable();
    expect(headings()).toEqual(['The matter', 'Who is involved']);
    expect(await (await input('subject')).getValue()).toBe('Kept');
  });

  it('words every issue a field can have, in English and in French', () => {
    const worded = (language: 'en' | 'fr') =>
      Object.keys((requestsTexts[language]['form'] as { errors: Record<string, string> }).errors);
    for (const language of ['en', 'fr'] as const)
      expect(worded(language)).toEqual(expect.arrayContaining(answerIssueCodes.filter((code) => code !== 'pattern')));
  });
});
