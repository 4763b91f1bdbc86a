import { DomainError, given } from '@lexport/shared-ddd';
import { formDefinition } from '@lexport/requests-published';
import type { NormalizedAnswers } from '@lexport/requests-published';
import { formatReference, requestDecider, submitRequest } from './request';
import type { RequestEvent, SubmitRequestData } from './request';

const at = '2026-12-01T09:00:00.000Z';
const text = (en: string, fr = en) => ({ en, fr });
const form = formDefinition.parse({
  sections: [
    {
      key: 'main',
      title: text('Main'),
      fields: [
        { key: 'subject', type: 'short-text', required: true, label: text('Subject') },
        {
          key: 'hearing',
          type: 'checkbox',
          required: false,
          label: text('A hearing is scheduled'),
        },
        {
          key: 'hearingDate',
          type: 'date',
          required: true,
          label: text('Hearing date'),
          visibleWhen: { field: 'hearing', equals: true },
        },
        { key: 'files', type: 'file', required: false, label: text('Files') },
      ],
    },
  ],
});
const upload = {
  attachmentId: '4b8f0c1d-2e3f-4e0e-9d2a-6f1c7c1e6a3b',
  name: 'claim.pdf',
  size: 1234,
  contentType: 'application/pdf',
  sha256: 'a'.repeat(64),
  uploadedBy: 'client-1',
  uploadedAt: at,
};
const submission = (answers: unknown, overrides: Partial<SubmitRequestData> = {}): SubmitRequestData => ({
  requestId: 'request-1',
  reference: 'C-2026-00007',
  requestType: {
    requestTypeId: 'type-1',
    name: text('Litigation support', 'Assistance contentieux'),
    categoryId: 'category-1',
    opens: 'case',
    practiceAreaId: 'area-1',
    defaultAssigneeId: null,
    subjectField: 'subject',
  },
  formVersion: 3,
  form,
  answers,
  uploads: [upload],
  requester: { userId: 'client-1', name: 'Claire', email: 'claire@acme.demo', language: 'fr', organizationId: 'acme' },
  practiceAreaTeam: ['staff-1', 'staff-2'],
  at,
  ...overrides,
});
const spec = given(requestDecider);

const submitted = (answers: NormalizedAnswers, attachments: RequestEvent['data']['attachments'] = []) =>
  ({
    type: 'RequestSubmitted',
    data: {
      requestId: 'request-1',
      reference: 'C-2026-00007',
      kind: 'case',
      requestTypeId: 'type-1',
      requestTypeName: text('Litigation support', 'Assistance contentieux'),
      categoryId: 'category-1',
      practiceAreaId: 'area-1',
      formVersion: 3,
      form,
      answers,
      attachments,
      subject: typeof answers['subject'] === 'string' ? answers['subject'] : 'Assistance contentieux',
      requester: {
        userId: 'client-1',
        name: 'Claire',
        email: 'claire@acme.demo',
        language: 'fr',
        organizationId: 'acme',
      },
      assigneeId: null,
      legalTeam: ['staff-1', 'staff-2'],
      submittedAt: at,
    },
  }) satisfies RequestEvent;

function issuesOf(data: SubmitRequestData): string[] {
  try {
    submitRequest({ type: 'SubmitRequest', data }, { status: 'none' });
  } catch (error) {
    if (error instanceof DomainError)
      return (error.details['errors'] as { pointer: string; code: string }[]).map((e) => `${e.pointer} ${e.code}`);
    throw error;
  }
  return [];
}

describe('submitting a request', () => {
  it('records the answers with the form version, the reference and the legal team to tell', () =>
    spec([])
      .when({ type: 'SubmitRequest', data: submission({ subject: '  Unpaid invoices  ' }) })
      .then([submitted({ subject: 'Unpaid invoices' })]));

  it('keeps an answer to a field shown by a condition, and the files the answers name', () =>
    spec([])
      .when({
        type: 'SubmitRequest',
        data: submission({
          subject: 'Hearing soon',
          hearing: true,
          hearingDate: '2027-02-03',
          files: [{ attachmentId: upload.attachmentId }],
        }),
      })
      .then([
        submitted(
          {
            subject: 'Hearing soon',
            hearing: true,
            hearingDate: '2027-02-03',
            files: [{ attachmentId: upload.attachmentId }],
          },
          [{ ...upload, fieldKey: 'files' }],
        ),
      ]));

  it('sends a new request to its default assignee rather than the whole team', () => {
    const data = submission({ subject: 'Assigned' });
    const [event] = submitRequest(
      { type: 'SubmitRequest', data: { ...data, requestType: { ...data.requestType, defaultAssigneeId: 'staff-9' } } },
      { status: 'none' },
    );
    expect(event?.data).toMatchObject({ assigneeId: 'staff-9', legalTeam: ['staff-9'] });
  });

  it.each([
    ['a missing required answer', {}, ['/answers/subject required']],
    [
      'a required answer under a condition that holds',
      { subject: 'S', hearing: true },
      ['/answers/hearingDate required'],
    ],
    [
      'an answer to a hidden field',
      { subject: 'S', hearingDate: '2027-02-03' },
      ['/answers/hearingDate hidden-field-sent'],
    ],
    ['an unknown field', { subject: 'S', colour: 'red' }, ['/answers/colour unknown-field']],
    ['a wrong type', { subject: 42 }, ['/answers/subject wrong-type']],
    ['answers that are not an object', ['S'], ['/answers not-an-object']],
  ])('refuses %s, saying which answer', (_case, answers, issues) => {
    expect(issuesOf(submission(answers))).toEqual(issues);
  });

  it('refuses a file the requester did not upload', () => {
    const data = submission({ subject: 'S', files: [{ attachmentId: '0b8f0c1d-2e3f-4e0e-9d2a-6f1c7c1e6a3b' }] });
    expect(issuesOf(data)).toEqual(['/answers/files/0 attachment-not-found']);
  });

  it('takes the type name in the requester language when the subject field is not answered', () => {
    const data = submission(
      {},
      { form: formDefinition.parse({ sections: [{ key: 'a', title: text('A'), fields: [] }] }) },
    );
    expect(submitRequest({ type: 'SubmitRequest', data }, { status: 'none' })[0]?.data.subject).toBe(
      'Assistance contentieux',
    );
  });

  it('is submitted once', () =>
    spec([submitted({ subject: 'Unpaid invoices' })])
      .when({ type: 'SubmitRequest', data: submission({ subject: 'Again' }) })
      .thenThrows('request-already-submitted'));
});

describe('references', () => {
  it('are per kind and year, five digits at least', () => {
    expect(formatReference('matter', 2026, 42)).toBe('M-2026-00042');
    expect(formatReference('case', 2026, 7)).toBe('C-2026-00007');
    expect(formatReference('contract', 2027, 123456)).toBe('K-2027-123456');
  });
});
