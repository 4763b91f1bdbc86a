import { normalizeAnswers, subjectOf, validateAnswers } from './answers';
import { answerIssuesAsFieldErrors } from './field-errors';
import { formValidationCases, formValidationFixture } from './form-validation-cases';
import { renderAnswers } from './render-answers';
import { visibleFieldKeys } from './visibility';

// The browser suite runs the same table: libs/web/requests/ui/src/lib/form-validation-cases.spec.ts.
describe('validating answers against a form', () => {
  it.each(formValidationCases.map((example) => [example.name, example] as const))('%s', (_name, example) => {
    const issues = validateAnswers(formValidationFixture, example.answers);
    expect(issues.map(({ pointer, code }) => ({ pointer, code }))).toEqual(example.expected);
  });

  it('gives the pattern’s own message in both languages', () => {
    const [issue] = validateAnswers(formValidationFixture, { ...valid, reference: 'ab-12' });
    expect(issue?.params).toEqual({ en: 'Write it like AB-1234.', fr: 'Écrivez-la comme AB-1234.' });
  });

  it('says which limit an answer crossed', () => {
    expect(validateAnswers(formValidationFixture, { ...valid, subject: 'ab' })[0]?.params).toEqual({ min: 3 });
    expect(
      validateAnswers(formValidationFixture, { ...valid, claimValue: { amount: '2000000', currency: 'EUR' } })[0]
        ?.params,
    ).toEqual({ max: '1000000' });
  });
});

const valid = {
  subject: 'Unfair dismissal claim',
  claimValue: { amount: '12500.50', currency: 'EUR' },
  incidentDate: '2026-03-14',
  practiceArea: 'employment',
  contactEmail: 'marie.dupont@example.com',
  confirmation: true,
};

describe('which fields are shown', () => {
  it('shows a field whose condition is met and hides one whose condition is not', () => {
    const shown = visibleFieldKeys(formValidationFixture, { practiceArea: 'litigation' });
    expect(shown.has('litigationStage')).toBe(true);
    expect(shown.has('opponent')).toBe(false);
  });

  it('reads an unanswered checkbox as unticked', () => {
    expect(visibleFieldKeys(formValidationFixture, {}).has('opponent')).toBe(false);
    expect(visibleFieldKeys(formValidationFixture, { hasOpponent: true }).has('opponent')).toBe(true);
  });

  it('matches a multi-select answer that contains the value, and chains conditions', () => {
    const form = {
      sections: [
        {
          key: 'only',
          title: { en: 'Only', fr: 'Seule' },
          fields: [
            {
              type: 'multi-select' as const,
              key: 'topics',
              label: { en: 'Topics', fr: 'Sujets' },
              required: false,
              options: [
                { value: 'wages', label: { en: 'Wages', fr: 'Salaires' } },
                { value: 'leave', label: { en: 'Leave', fr: 'Congés' } },
              ],
            },
            {
              type: 'short-text' as const,
              key: 'employer',
              label: { en: 'Employer', fr: 'Employeur' },
              required: false,
              maxLength: 200,
              visibleWhen: { field: 'topics', equals: 'wages' },
            },
            {
              type: 'long-text' as const,
              key: 'details',
              label: { en: 'Details', fr: 'Détails' },
              required: false,
              maxLength: 5000,
              visibleWhen: { field: 'employer', anyOf: ['Acme', 'Globex'] },
            },
          ],
        },
      ],
    };
    expect([...visibleFieldKeys(form, { topics: ['leave', 'wages'], employer: ' Acme ' })]).toEqual([
      'topics',
      'employer',
      'details',
    ]);
    expect([...visibleFieldKeys(form, { topics: ['leave'], employer: 'Acme' })]).toEqual(['topics']);
  });
});

describe('the answers to store', () => {
  it('keeps only shown, answered fields, trimmed, with money in its default currency', () => {
    const answers = {
      ...valid,
      subject: '  Unfair dismissal claim  ',
      reference: '',
      claimValue: { amount: '0012500.5' },
      hasOpponent: false,
      litigationStage: null,
      documents: [],
    };
    expect(validateAnswers(formValidationFixture, answers)).toEqual([]);
    expect(normalizeAnswers(formValidationFixture, answers)).toEqual({
      ...valid,
      claimValue: { amount: '12500.5', currency: 'EUR' },
      hasOpponent: false,
    });
  });

  it('drops the empty parts of a party', () => {
    const answers = { ...valid, hasOpponent: true, opponent: { name: ' Acme SA ', role: 'employer', email: ' ' } };
    expect(normalizeAnswers(formValidationFixture, answers)['opponent']).toEqual({ name: 'Acme SA', role: 'employer' });
  });

  it('takes the subject from the short text keyed subject', () => {
    expect(subjectOf(formValidationFixture, { subject: ' Unfair dismissal ' })).toBe('Unfair dismissal');
    expect(subjectOf(formValidationFixture, {})).toBeUndefined();
  });
});

describe('issues as problem details', () => {
  it('gives each issue its pointer, a dotted field, an English message and the values a translation needs', () => {
    const issues = validateAnswers(formValidationFixture, {
      ...valid,
      claimValue: { amount: '1.999', currency: 'EUR' },
      subject: 'ab',
    });
    expect(answerIssuesAsFieldErrors(issues)).toEqual([
      {
        pointer: '/answers/subject',
        field: 'answers.subject',
        code: 'too-short',
        message: 'Must be at least 3 characters',
        params: { min: 3 },
      },
      {
        pointer: '/answers/claimValue/amount',
        field: 'answers.claimValue.amount',
        code: 'invalid-amount',
        message: 'Must be a non-negative decimal string with at most 2 decimals, such as "12500.50"',
      },
    ]);
  });

  it('escapes a key that holds a slash', () => {
    const [error] = answerIssuesAsFieldErrors(validateAnswers(formValidationFixture, { ...valid, 'a/b~c': 1 }));
    expect(error).toMatchObject({ pointer: '/answers/a~1b~0c', field: 'answers.a/b~c', code: 'unknown-field' });
  });
});

describe('answers as people read them', () => {
  const answers = normalizeAnswers(formValidationFixture, {
    ...valid,
    practiceArea: 'litigation',
    litigationStage: 'filed',
    topics: ['dismissal', 'wages'],
    employees: 1250,
    hasOpponent: true,
    opponent: { name: 'Acme SA', role: 'employer', organization: 'Acme Group' },
    documents: [{ attachmentId: '0d7f7a52-6c8e-4c5b-9d7e-1f3c2b9a8e01' }],
  });
  const names = { '0d7f7a52-6c8e-4c5b-9d7e-1f3c2b9a8e01': 'contract.pdf' };

  it('formats each answer in reading order, in English', () => {
    expect(
      renderAnswers(formValidationFixture, answers, 'en', names).map(({ label, value }) => [label, value]),
    ).toEqual([
      ['Subject', 'Unfair dismissal claim'],
      ['Number of employees', '1,250'],
      ['Amount at stake', '€12,500.50'],
      ['Date of the incident', 'March 14, 2026'],
      ['Practice area', 'Litigation'],
      ['Stage of the proceedings', 'Claim filed'],
      ['Topics', 'Dismissal, Wages'],
      ['Someone opposes you', 'Yes'],
      ['Opposing party', 'Acme SA (Employer, Acme Group)'],
      ['Email for this request', 'marie.dupont@example.com'],
      ['Documents', 'contract.pdf'],
      ['I confirm these answers are true', 'Yes'],
    ]);
  });

  it('formats them in French', () => {
    const rendered = new Map(
      renderAnswers(formValidationFixture, answers, 'fr', names).map((line) => [line.key, line]),
    );
    expect(rendered.get('incidentDate')?.value).toBe('14 mars 2026');
    expect(rendered.get('claimValue')?.value.replace(/\s/g, ' ')).toBe('12 500,50 €');
    expect(rendered.get('confirmation')).toEqual({
      key: 'confirmation',
      label: 'Je confirme l’exactitude de ces réponses',
      value: 'Oui',
    });
  });
});
