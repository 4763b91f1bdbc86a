import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { MatCheckboxHarness } from '@angular/material/checkbox/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTabGroupHarness } from '@angular/material/tabs/testing';
import type { MatterView, NoteView } from '@lexport/matters-published';
import { SessionStore } from '@lexport/web-shared-data-access';
import { mattersTexts } from '@lexport/web-matters-i18n';
import { translations } from '@lexport/web-shared-i18n';
import { RequestPageComponent } from './request-page.component';

const text = (en: string) => ({ en, fr: `${en} (fr)` });
const matterId = '5b0c8a1e-6c1f-4c55-9d7a-0a8f1c2e3d4b';
const attachmentId = '0e7c2f4a-1b3d-4e5f-8a9b-c0d1e2f3a4b5';
const matter: MatterView = {
  id: matterId,
  reference: 'M-2026-00042',
  kind: 'matter',
  subject: 'Review of the Acme distribution contract',
  requestType: { id: 't1', name: text('Contract review') },
  practiceAreaId: 'p1',
  practiceArea: { id: 'p1', name: { en: 'Corporate', fr: 'Droit des sociétés' } },
  status: 'open',
  requester: { id: 'u1', name: 'Chloé Martin' },
  organization: { id: 'o1', name: 'Acme' },
  assignee: null,
  requestedAt: '2026-11-30T10:00:00.000Z',
  lastActivityAt: '2026-11-30T10:00:00.000Z',
  formVersion: 2,
  form: {
    sections: [
      {
        key: 'details',
        title: text('Details'),
        fields: [
          { key: 'subject', type: 'short-text', label: text('Subject'), required: true, maxLength: 200 },
          {
            key: 'urgency',
            type: 'single-select',
            label: text('Urgency'),
            required: true,
            options: [
              { value: 'low', label: text('Within a month') },
              { value: 'high', label: text('This week') },
            ],
          },
          { key: 'notes', type: 'long-text', label: text('Notes'), required: false, maxLength: 5000 },
          { key: 'contract', type: 'file', label: text('The contract'), required: true, maxFiles: 2 },
        ],
      },
    ],
  },
  answers: {
    subject: 'Review of the Acme distribution contract',
    urgency: 'high',
    contract: [{ attachmentId }],
  },
  attachments: [
    {
      attachmentId,
      fieldKey: 'contract',
      name: 'distribution-contract.pdf',
      size: 245_000,
      contentType: 'application/pdf',
      uploadedBy: 'u1',
      uploadedAt: '2026-11-30T09:58:00.000Z',
    },
  ],
};

const noteFile = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const notes: NoteView[] = [
  {
    id: 'n1',
    body: 'Here is the signed copy.\nPage 3 changed.',
    internal: false,
    author: { id: 'u1', name: 'Chloé Martin', side: 'client' },
    attachments: [
      {
        attachmentId: noteFile,
        name: 'signed.pdf',
        size: 1000,
        contentType: 'application/pdf',
        uploadedBy: 'u1',
        uploadedAt: '2026-12-01T09:00:00.000Z',
      },
    ],
    addedAt: '2026-12-01T09:00:00.000Z',
  },
  {
    id: 'n2',
    body: 'Check clause 7 before answering.',
    internal: true,
    author: { id: 'u2', name: 'Paul Legal', side: 'legal' },
    attachments: [],
    addedAt: '2026-12-01T10:00:00.000Z',
  },
];

describe('the request page', () => {
  let staff = false;
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let backend: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { en: translations.en, 'matters/en': mattersTexts.en },
          translocoConfig: { availableLangs: ['en'], defaultLang: 'en' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideZonelessChangeDetection(),
        provideNoopAnimations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'requests/:matterId', component: RequestPageComponent }], withComponentInputBinding()),
        { provide: SessionStore, useValue: { hasRole: () => staff } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/requests/${matterId}`, RequestPageComponent);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
    await harness.fixture.whenStable();
  });

  afterEach(() => {
    backend.verify();
    staff = false;
  });

  const answer = async (body: MatterView | object | null, status = 200, conversation: NoteView[] = []) => {
    backend.expectOne(`/api/matters/${matterId}`).flush(body, status === 200 ? {} : { status, statusText: 'Failed' });
    backend.match(`/api/matters/${matterId}/notes`).forEach((request) => request.flush(conversation));
    await harness.fixture.whenStable();
    harness.fixture.detectChanges();
  };
  const page = () => harness.routeNativeElement as HTMLElement;
  const described = (selector: string) =>
    Object.fromEntries(
      Array.from(page().querySelectorAll(`${selector} > div`)).map((pair) => [
        pair.querySelector('dt')?.textContent?.trim(),
        pair.querySelector('dd')?.textContent?.trim(),
      ]),
    );

  it('shows who asked what and when', async () => {
    await answer(matter);
    expect(page().querySelector('h1')?.textContent).toContain('Review of the Acme distribution contract');
    expect(page().querySelector('.headline')?.textContent).toContain('M-2026-00042');
    expect(page().querySelector('.chip.status')?.textContent).toContain('Open');
    expect(described('dl.facts')).toEqual({
      Reference: 'M-2026-00042',
      Kind: 'Matter',
      'Request type': 'Contract review',
      Status: 'Open',
      'Requested by': 'Chloé Martin',
      Organization: 'Acme',
      'Requested on': 'November 30, 2026',
      'Handled by': 'Not assigned yet',
    });
  });

  it('lists the answers as they were asked, options by their label and files by name', async () => {
    await answer(matter);
    expect(described('dl.answers')).toEqual({
      Subject: 'Review of the Acme distribution contract',
      Urgency: 'This week',
      'The contract': 'distribution-contract.pdf',
    });
    expect(page().textContent).toContain('As answered on version 2 of the form.');
  });

  it('offers each file as a download', async () => {
    await answer(matter);
    const link = page().querySelector<HTMLAnchorElement>('.files a');
    expect(link?.getAttribute('href')).toBe(`/api/matters/${matterId}/attachments/${attachmentId}`);
    expect(link?.hasAttribute('download')).toBe(true);
    expect(link?.textContent?.trim()).toBe('distribution-contract.pdf');
    expect(link?.getAttribute('aria-label')).toBe('Download distribution-contract.pdf (245 kB)');
  });

  it('says so when there are no files', async () => {
    await answer({ ...matter, attachments: [], answers: { subject: 'x', urgency: 'low' } });
    expect(page().textContent).toContain('No file was attached.');
  });

  it('does not tell a request that does not exist from one the reader may not see', async () => {
    await answer({ type: 'urn:lexport:problem:matter-not-found', status: 404, code: 'matter-not-found' }, 404);
    expect(page().querySelector('h1')?.textContent).toContain('Request not found');
    expect(page().textContent).toContain('This request does not exist or you cannot see it.');
  });

  it('explains a failure and loads again on retry', async () => {
    await answer(null, 0);
    expect(page().textContent).toContain('The request could not be loaded');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();
    await answer(matter);
    expect(page().querySelector('h1')?.textContent).toContain('Review of the Acme distribution contract');
  });

  describe('its Notes tab', () => {
    const openNotes = async (conversation = notes) => {
      await answer(matter, 200, conversation);
      const tabs = await loader.getHarness(MatTabGroupHarness);
      expect((await tabs.getTabs()).length).toBe(2);
      await tabs.selectTab({ label: /Notes/ });
      await harness.fixture.whenStable();
    };
    const noteElements = () => Array.from(page().querySelectorAll<HTMLElement>('article.note'));

    it('counts the notes on the tab and lists them oldest first, with side, text and files', async () => {
      await openNotes();
      const tabs = await loader.getHarness(MatTabGroupHarness);
      expect(await (await tabs.getSelectedTab()).getLabel()).toContain('2');
      const [first, second] = noteElements();
      expect(first.textContent).toContain('Chloé Martin, Client');
      expect(first.querySelector('.body')?.textContent).toBe('Here is the signed copy.\nPage 3 changed.');
      expect(first.querySelector('a')?.getAttribute('href')).toBe(`/api/matters/${matterId}/attachments/${noteFile}`);
      expect(first.querySelector('.badge')).toBeNull();
      expect(second.textContent).toContain('Paul Legal, Legal team');
      expect(second.querySelector('.badge')?.textContent).toContain('Internal');
    });

    it('sends a note and shows it, read again after the write', async () => {
      await openNotes([]);
      expect(page().textContent).toContain('No note yet.');
      await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('Any news?');
      expect(page().textContent).toContain('9 / 10000 characters');
      await (await loader.getHarness(MatButtonHarness.with({ text: /Send/ }))).click();
      const post = backend.expectOne({ method: 'POST', url: `/api/matters/${matterId}/notes` });
      expect(post.request.body).toEqual({ body: 'Any news?', attachmentIds: [] });
      expect(post.request.headers.get('Idempotency-Key')).toBeTruthy();
      post.flush({ id: 'n3', revision: 2, position: 40 }, { status: 201, statusText: 'Created' });
      await harness.fixture.whenStable();
      backend.expectOne({ method: 'GET', url: `/api/matters/${matterId}/notes` }).flush([{ ...notes[0], id: 'n3' }]);
      await harness.fixture.whenStable();
      expect(noteElements().map((note) => note.id)).toEqual(['note-n3']);
      expect(page().querySelector('[role=status]')?.textContent).toContain('Note sent');
      expect(await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).getValue()).toBe('');
    });

    it('lets the legal team write an internal note, and only them', async () => {
      staff = true;
      await openNotes([]);
      await (await loader.getHarness(MatCheckboxHarness.with({ label: /Internal note/ }))).check();
      await (await loader.getHarness(MatInputHarness.with({ selector: 'textarea' }))).setValue('For us only');
      await (await loader.getHarness(MatButtonHarness.with({ text: /Send/ }))).click();
      const post = backend.expectOne({ method: 'POST', url: `/api/matters/${matterId}/notes` });
      expect(post.request.body).toEqual({ body: 'For us only', internal: true, attachmentIds: [] });
      post.flush({ id: 'n3', revision: 2, position: 40 }, { status: 201, statusText: 'Created' });
      await harness.fixture.whenStable();
      backend.expectOne(`/api/matters/${matterId}/notes`).flush([]);
    });

    it('offers clients no internal notes', async () => {
      await openNotes([]);
      expect(await loader.getAllHarnesses(MatCheckboxHarness)).toEqual([]);
    });

    it('explains a refusal in words', async () => {
      await openNotes([]);
      await (await loader.getHarness(MatButtonHarness.with({ text: /Send/ }))).click();
      backend
        .expectOne({ method: 'POST', url: `/api/matters/${matterId}/notes` })
        .flush(
          { type: 'urn:lexport:problem:empty-note', status: 422, code: 'empty-note' },
          { status: 422, statusText: 'Unprocessable' },
        );
      await harness.fixture.whenStable();
      expect(page().querySelector('.add-note [role=alert]')?.textContent).toContain(
        'Write something or attach a file.',
      );
    });

    it('opens on the note a notification links to', async () => {
      await harness.navigateByUrl(`/requests/${matterId}#note-n2`, RequestPageComponent);
      backend.match(`/api/matters/${matterId}`).forEach((request) => request.flush(matter));
      backend.match(`/api/matters/${matterId}/notes`).forEach((request) => request.flush(notes));
      await harness.fixture.whenStable();
      const tabs = await loader.getHarness(MatTabGroupHarness);
      expect(await (await tabs.getSelectedTab()).getLabel()).toContain('Notes');
      await harness.fixture.whenStable();
      expect(document.activeElement?.id).toBe('note-n2');
    });
  });
});
