import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input, output, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { FormDefinition, FormLanguage, NormalizedAnswers, RequestFormView } from '@lexport/requests-published';
import { requestsTexts } from '@lexport/web-requests-i18n';
import { ATTACHMENT_UPLOADER, RequestFormComponent } from '@lexport/web-requests-ui';
import { ReadYourWrites, readYourWritesInterceptor } from '@lexport/web-shared-data-access';
import { translations } from '@lexport/web-shared-i18n';
import { HttpAttachmentUploader } from '@lexport/web-requests-data-access';
import { RequestFormPageComponent } from './request-form-page.component';

/** Stands in for the renderer (tested in its own library): submits fixed answers, as the renderer does once valid. */
@Component({
  selector: 'lex-request-form',
  imports: [MatButtonModule],
  template: `<button mat-flat-button type="button" [disabled]="disabled()" (click)="submitted.emit(answers)">
    Send the answers
  </button>`,
})
class FakeRequestFormComponent {
  readonly form = input.required<FormDefinition>();
  readonly language = input.required<FormLanguage>();
  readonly disabled = input(false);
  readonly submitted = output<NormalizedAnswers>();
  readonly answers: NormalizedAnswers = { subject: 'Dismissed on 3 November', contract: [{ attachmentId: 'a1' }] };
}

@Component({ template: 'confirmation' })
class ConfirmationComponent {}

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const dismissal: RequestFormView = {
  id: 't1',
  categoryId: 'c1',
  name: text('Unfair dismissal'),
  description: text('You were dismissed and want to contest it.'),
  opens: 'case',
  practiceArea: { id: 'p1', name: text('Labour law') },
  formVersion: 3,
  form: {
    sections: [
      {
        key: 'details',
        title: text('Details'),
        fields: [
          { key: 'subject', type: 'short-text', label: text('What happened'), required: true, maxLength: 200 },
          { key: 'contract', type: 'file', label: text('Your contract'), required: false, maxFiles: 2 },
        ],
      },
    ],
  },
};
const accepted = { id: 'm1', reference: 'C-2026-00007', kind: 'case', revision: 0, position: 42 };

describe('the request form page', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'catalogue/types/:requestTypeId', component: RequestFormPageComponent },
            { path: 'catalogue/submitted/:requestId', component: ConfirmationComponent },
            { path: '**', component: ConfirmationComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    TestBed.overrideComponent(RequestFormPageComponent, {
      remove: { imports: [RequestFormComponent] },
      add: { imports: [FakeRequestFormComponent] },
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/catalogue/types/t1', RequestFormPageComponent);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
  });

  afterEach(() => backend.verify());

  const settle = async () => {
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const answerForm = async (body: RequestFormView | object, status = 200) => {
    backend
      .expectOne('/api/requests/catalogue/types/t1')
      .flush(body, status === 200 ? {} : { status, statusText: 'Failed' });
    await settle();
  };
  const send = async () => {
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Send the answers' }))).click();
    return backend.expectOne((candidate) => candidate.url === '/api/requests/submissions');
  };
  const problem = (status: number, code: string, errors: object[] = []) => ({
    body: { type: `urn:lexport:problem:${code}`, title: code, status, code, errors },
    init: { status, statusText: 'Refused' },
  });

  it('presents the request type and renders its latest form', async () => {
    await answerForm(dismissal);
    expect(page().querySelector('h1')?.textContent).toContain('Unfair dismissal');
    expect(page().textContent).toContain('You were dismissed and want to contest it.');
    expect(page().querySelector('.kind-chip')?.textContent).toContain('Case');
    expect(page().textContent).toContain('Labour law');
  });

  it('uploads the form’s files through the portal’s uploader', async () => {
    await answerForm(dismissal);
    const form = harness.routeDebugElement?.query((element) => element.name === 'lex-request-form');
    expect(form?.injector.get(ATTACHMENT_UPLOADER)).toBe(TestBed.inject(HttpAttachmentUploader));
  });

  it('submits the answers once with an idempotency key, then shows the confirmation', async () => {
    await answerForm(dismissal);
    const post = await send();
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      requestTypeId: 't1',
      formVersion: 3,
      answers: { subject: 'Dismissed on 3 November', contract: [{ attachmentId: 'a1' }] },
    });
    expect(post.request.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    expect(await (await loader.getHarness(MatButtonHarness.with({ text: 'Send the answers' }))).isDisabled()).toBe(
      true,
    );
    expect(await loader.getAllHarnesses(MatProgressBarHarness)).toHaveLength(1);
    expect(page().querySelector('[role=status]')?.textContent).toContain('Submitting your request…');

    post.flush(accepted, { status: 201, statusText: 'Created' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue/submitted/m1');
    expect(TestBed.inject(ReadYourWrites).position()).toBe(42);
  });

  it('keeps the answers after a network failure and retries with the same key', async () => {
    await answerForm(dismissal);
    const first = await send();
    first.flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();
    expect(page().querySelector('[role=alert]')?.textContent).toContain('Your request was not submitted');
    expect(page().textContent).toContain('Your answers are kept');

    await (await loader.getHarness(MatButtonHarness.with({ text: /Try again/ }))).click();
    const retry = backend.expectOne((candidate) => candidate.url === '/api/requests/submissions');
    expect(retry.request.headers.get('idempotency-key')).toBe(first.request.headers.get('idempotency-key'));
    expect(retry.request.body).toEqual(first.request.body);
    retry.flush(null, { status: 0, statusText: 'Unknown Error' });
    await settle();

    const again = await send();
    expect(again.request.headers.get('idempotency-key')).toBe(first.request.headers.get('idempotency-key'));
    again.flush(accepted, { status: 201, statusText: 'Created' });
    await settle();
    expect(TestBed.inject(Router).url).toBe('/catalogue/submitted/m1');
  });

  it('shows the server’s objections under the questions they concern, and sends corrections under a new key', async () => {
    await answerForm(dismissal);
    const first = await send();
    const refused = problem(422, 'invalid-answers', [
      {
        pointer: '/answers/contract/0/attachmentId',
        field: 'answers.contract.0.attachmentId',
        code: 'attachment-not-found',
        message: 'gone',
      },
      { pointer: '/answers/subject', field: 'answers.subject', code: 'required', message: 'An answer is required' },
      {
        pointer: '/answers/subject',
        field: 'answers.subject',
        code: 'too-long',
        message: 'Must be at most 200 characters',
      },
    ]);
    first.flush(refused.body, refused.init);
    await settle();
    const objections = Array.from(page().querySelectorAll('[role=alert] li')).map((item) => item.textContent?.trim());
    expect(objections).toEqual([
      'Your contract: A file could not be found any more. Remove it and attach it again.',
      'What happened: Answer this question.',
      'What happened: Must be at most 200 characters',
    ]);
    expect(page().querySelector('[role=alert]')?.textContent).toContain('Some answers need correcting.');
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Try again/ }))).toHaveLength(0);

    const second = await send();
    expect(second.request.headers.get('idempotency-key')).not.toBe(first.request.headers.get('idempotency-key'));
    second.flush(accepted, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('explains that a withdrawn request type can no longer be submitted', async () => {
    await answerForm(dismissal);
    const post = await send();
    const refused = problem(409, 'request-type-retired');
    post.flush(refused.body, refused.init);
    await settle();
    expect(page().querySelector('[role=alert]')?.textContent).toContain('This request type has been withdrawn');
    expect(
      await loader.getHarness(MatButtonHarness.with({ text: 'Back to the catalogue', selector: '[role=alert] a' })),
    ).toBeTruthy();
  });

  it('loads the new form when the one answered was replaced', async () => {
    await answerForm(dismissal);
    const post = await send();
    const refused = problem(404, 'form-version-not-found');
    post.flush(refused.body, refused.init);
    await settle();
    expect(page().textContent).toContain('This form has changed since you opened it.');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Load the new form' }))).click();
    await answerForm({ ...dismissal, formVersion: 4 });
    expect(page().querySelector('[role=alert]')).toBeNull();
    const again = await send();
    expect(again.request.body).toMatchObject({ formVersion: 4 });
    again.flush(accepted, { status: 201, statusText: 'Created' });
    await settle();
  });

  it('says when the request type is not offered', async () => {
    const missing = problem(404, 'request-type-not-offered');
    await answerForm(missing.body, 404);
    expect(page().querySelector('h1')?.textContent).toContain('This request type is not available');
    expect(page().textContent).toContain('This request type is not offered at the moment.');
  });

  it('offers to load the form again after a failure', async () => {
    await answerForm(null as unknown as object, 0);
    expect(page().textContent).toContain('This form could not be loaded');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    await answerForm(dismissal);
    expect(page().querySelector('h1')?.textContent).toContain('Unfair dismissal');
  });
});

describe('the request form page with the real renderer', () => {
  it('submits what the client typed, once the renderer finds the answers complete', async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'requests/en': requestsTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(withInterceptors([readYourWritesInterceptor])),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'catalogue/types/:requestTypeId', component: RequestFormPageComponent },
            { path: '**', component: ConfirmationComponent },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    const backend = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/catalogue/types/t1', RequestFormPageComponent);
    const loader = TestbedHarnessEnvironment.loader(harness.fixture);
    backend.expectOne('/api/requests/catalogue/types/t1').flush(dismissal);
    await harness.fixture.whenStable();

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Submit' }))).click();
    backend.expectNone('/api/requests/submissions');

    const field = await loader.getHarness(MatFormFieldHarness.with({ floatingLabelText: /What happened/ }));
    await ((await field.getControl()) as MatInputHarness).setValue('Dismissed on 3 November');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Submit' }))).click();
    const post = backend.expectOne('/api/requests/submissions');
    expect(post.request.body).toEqual({
      requestTypeId: 't1',
      formVersion: 3,
      answers: { subject: 'Dismissed on 3 November' },
    });
    post.flush(accepted, { status: 201, statusText: 'Created' });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/catalogue/submitted/m1');
    backend.verify();
  });
});
