import { formDefinition } from './form-definition';
import type { FormDefinition } from './form-definition';
import type { AnswerIssueCode } from './answers';

/**
 * One table of answers and the issues they raise, run by the server's unit suite and by the browser's (jsdom) suite:
 * the same check must give the same verdict on both sides. Keep the fixture small; add a case for every rule.
 */
// Pure: bundles that never read the table leave it out.
export const formValidationFixture: FormDefinition = /* @__PURE__ */ formDefinition.parse({
  sections: [
    {
      key: 'matter',
      title: { en: 'Your matter', fr: 'Votre affaire' },
      fields: [
        {
          type: 'short-text',
          key: 'subject',
          label: { en: 'Subject', fr: 'Objet' },
          required: true,
          minLength: 3,
          maxLength: 80,
        },
        {
          type: 'short-text',
          key: 'reference',
          label: { en: 'Your reference', fr: 'Votre référence' },
          help: { en: 'Two capitals, a dash, four digits.', fr: 'Deux majuscules, un tiret, quatre chiffres.' },
          required: false,
          pattern: {
            regex: '[A-Z]{2}-\\d{4}',
            message: { en: 'Write it like AB-1234.', fr: 'Écrivez-la comme AB-1234.' },
          },
        },
        {
          type: 'long-text',
          key: 'description',
          label: { en: 'What happened', fr: 'Ce qui s’est passé' },
          required: false,
          maxLength: 2000,
        },
        {
          type: 'number',
          key: 'employees',
          label: { en: 'Number of employees', fr: 'Nombre de salariés' },
          required: false,
          integer: true,
          min: 1,
          max: 100000,
        },
        {
          type: 'money',
          key: 'claimValue',
          label: { en: 'Amount at stake', fr: 'Montant en jeu' },
          required: true,
          currencies: ['EUR', 'USD', 'GBP'],
          min: '0',
          max: '1000000',
        },
        {
          type: 'date',
          key: 'incidentDate',
          label: { en: 'Date of the incident', fr: 'Date de l’incident' },
          required: true,
          min: '2000-01-01',
          max: '2030-12-31',
        },
      ],
    },
    {
      key: 'parties',
      title: { en: 'Who is involved', fr: 'Les parties' },
      fields: [
        {
          type: 'single-select',
          key: 'practiceArea',
          label: { en: 'Practice area', fr: 'Domaine' },
          required: true,
          options: [
            { value: 'employment', label: { en: 'Employment', fr: 'Droit du travail' } },
            { value: 'commercial', label: { en: 'Commercial', fr: 'Droit commercial' } },
            { value: 'litigation', label: { en: 'Litigation', fr: 'Contentieux' } },
          ],
        },
        {
          type: 'single-select',
          key: 'litigationStage',
          label: { en: 'Stage of the proceedings', fr: 'Stade de la procédure' },
          required: true,
          visibleWhen: { field: 'practiceArea', equals: 'litigation' },
          options: [
            { value: 'pre-action', label: { en: 'Before any claim', fr: 'Avant toute action' } },
            { value: 'filed', label: { en: 'Claim filed', fr: 'Action introduite' } },
            { value: 'appeal', label: { en: 'Appeal', fr: 'Appel' } },
          ],
        },
        {
          type: 'multi-select',
          key: 'topics',
          label: { en: 'Topics', fr: 'Sujets' },
          required: false,
          maxItems: 2,
          options: [
            { value: 'contracts', label: { en: 'Contracts', fr: 'Contrats' } },
            { value: 'dismissal', label: { en: 'Dismissal', fr: 'Licenciement' } },
            { value: 'wages', label: { en: 'Wages', fr: 'Salaires' } },
          ],
        },
        {
          type: 'checkbox',
          key: 'hasOpponent',
          label: { en: 'Someone opposes you', fr: 'Quelqu’un s’oppose à vous' },
          required: false,
        },
        {
          type: 'party',
          key: 'opponent',
          label: { en: 'Opposing party', fr: 'Partie adverse' },
          required: true,
          visibleWhen: { field: 'hasOpponent', equals: true },
          roles: [
            { value: 'employer', label: { en: 'Employer', fr: 'Employeur' } },
            { value: 'contractor', label: { en: 'Contractor', fr: 'Cocontractant' } },
          ],
        },
        {
          type: 'email',
          key: 'contactEmail',
          label: { en: 'Email for this request', fr: 'Adresse e-mail pour cette demande' },
          required: true,
        },
        { type: 'phone', key: 'contactPhone', label: { en: 'Phone', fr: 'Téléphone' }, required: false },
        { type: 'file', key: 'documents', label: { en: 'Documents', fr: 'Documents' }, required: false, maxFiles: 2 },
        {
          type: 'checkbox',
          key: 'confirmation',
          label: { en: 'I confirm these answers are true', fr: 'Je confirme l’exactitude de ces réponses' },
          required: true,
        },
      ],
    },
  ],
});

export interface FormValidationCase {
  readonly name: string;
  readonly answers: unknown;
  readonly expected: readonly { readonly pointer: string; readonly code: AnswerIssueCode }[];
}

const first = '0d7f7a52-6c8e-4c5b-9d7e-1f3c2b9a8e01';
const second = '6a1e9b3c-2f4d-4e8a-b7c6-5d9e0f1a2b3c';
const third = 'b2c4d6e8-1a3b-4c5d-8e7f-9a0b1c2d3e4f';

const valid = {
  subject: 'Unfair dismissal claim',
  claimValue: { amount: '12500.50', currency: 'EUR' },
  incidentDate: '2026-03-14',
  practiceArea: 'employment',
  contactEmail: 'marie.dupont@example.com',
  confirmation: true,
};
const answering = (changes: Record<string, unknown>) => ({ ...valid, ...changes });
const without = (key: keyof typeof valid) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== key));
const opponent = { name: 'Acme SA', role: 'employer' };

export const formValidationCases: readonly FormValidationCase[] = [
  { name: 'accepts the required answers alone', answers: valid, expected: [] },
  {
    name: 'accepts every field answered, conditional ones included',
    answers: answering({
      reference: 'AB-1234',
      description: 'They dismissed me\non the spot.\n\nThen they kept my wages.',
      employees: 250,
      practiceArea: 'litigation',
      litigationStage: 'filed',
      topics: ['dismissal', 'wages'],
      hasOpponent: true,
      opponent: { name: 'Acme SA', role: 'employer', organization: 'Acme Group', email: 'legal@acme.example' },
      contactPhone: '+33 (0)1 23.45-67-89',
      documents: [{ attachmentId: first }, { attachmentId: second }],
    }),
    expected: [],
  },
  { name: 'treats an empty optional text as not answered', answers: answering({ reference: '' }), expected: [] },
  { name: 'treats null as not answered', answers: answering({ employees: null, topics: [] }), expected: [] },
  { name: 'accepts an unticked optional checkbox', answers: answering({ hasOpponent: false }), expected: [] },
  {
    name: 'takes the first currency when none is given',
    answers: answering({ claimValue: { amount: '900' } }),
    expected: [],
  },
  { name: 'refuses answers that are a list', answers: [], expected: [{ pointer: '/answers', code: 'not-an-object' }] },
  { name: 'refuses answers that are null', answers: null, expected: [{ pointer: '/answers', code: 'not-an-object' }] },
  {
    name: 'refuses a field the form does not have',
    answers: answering({ budget: 5 }),
    expected: [{ pointer: '/answers/budget', code: 'unknown-field' }],
  },
  {
    name: 'does not take a prototype property for a field',
    answers: JSON.parse(`{ ${JSON.stringify(valid).slice(1, -1)}, "__proto__": { "subject": 1 } }`),
    expected: [{ pointer: '/answers/__proto__', code: 'unknown-field' }],
  },
  {
    name: 'requires a required text',
    answers: without('subject'),
    expected: [{ pointer: '/answers/subject', code: 'required' }],
  },
  {
    name: 'counts spaces as not answered',
    answers: answering({ subject: '    ' }),
    expected: [{ pointer: '/answers/subject', code: 'required' }],
  },
  {
    name: 'refuses a text shorter than its minimum, spaces aside',
    answers: answering({ subject: '  ab  ' }),
    expected: [{ pointer: '/answers/subject', code: 'too-short' }],
  },
  {
    name: 'refuses a text longer than its maximum',
    answers: answering({ subject: 'x'.repeat(81) }),
    expected: [{ pointer: '/answers/subject', code: 'too-long' }],
  },
  {
    name: 'refuses a number for a text',
    answers: answering({ subject: 42 }),
    expected: [{ pointer: '/answers/subject', code: 'wrong-type' }],
  },
  {
    name: 'refuses a bidirectional override in a text',
    answers: answering({ subject: 'Claim \u202Egnp.exe' }),
    expected: [{ pointer: '/answers/subject', code: 'unsafe-characters' }],
  },
  {
    name: 'refuses a line break in a short text',
    answers: answering({ subject: 'Unfair\ndismissal' }),
    expected: [{ pointer: '/answers/subject', code: 'unsafe-characters' }],
  },
  {
    name: 'refuses a text that does not match its pattern as a whole',
    answers: answering({ reference: 'xAB-1234' }),
    expected: [{ pointer: '/answers/reference', code: 'pattern' }],
  },
  {
    name: 'refuses a long text longer than its maximum',
    answers: answering({ description: 'word '.repeat(401) }),
    expected: [{ pointer: '/answers/description', code: 'too-long' }],
  },
  {
    name: 'refuses a fraction where a whole number is asked',
    answers: answering({ employees: 12.5 }),
    expected: [{ pointer: '/answers/employees', code: 'not-an-integer' }],
  },
  {
    name: 'refuses a number below its minimum',
    answers: answering({ employees: 0 }),
    expected: [{ pointer: '/answers/employees', code: 'below-min' }],
  },
  {
    name: 'refuses a number written as text',
    answers: answering({ employees: '12' }),
    expected: [{ pointer: '/answers/employees', code: 'wrong-type' }],
  },
  {
    name: 'refuses an amount sent as a number: strings keep money exact',
    answers: answering({ claimValue: { amount: 12500.5, currency: 'EUR' } }),
    expected: [{ pointer: '/answers/claimValue/amount', code: 'wrong-type' }],
  },
  {
    name: 'refuses an amount with three decimals',
    answers: answering({ claimValue: { amount: '12.345', currency: 'EUR' } }),
    expected: [{ pointer: '/answers/claimValue/amount', code: 'invalid-amount' }],
  },
  {
    name: 'refuses a negative amount',
    answers: answering({ claimValue: { amount: '-5', currency: 'EUR' } }),
    expected: [{ pointer: '/answers/claimValue/amount', code: 'invalid-amount' }],
  },
  {
    name: 'refuses a currency the form does not accept',
    answers: answering({ claimValue: { amount: '100', currency: 'JPY' } }),
    expected: [{ pointer: '/answers/claimValue/currency', code: 'invalid-currency' }],
  },
  {
    name: 'refuses an amount a cent above the maximum',
    answers: answering({ claimValue: { amount: '1000000.01', currency: 'EUR' } }),
    expected: [{ pointer: '/answers/claimValue/amount', code: 'above-max' }],
  },
  {
    name: 'requires an amount when only a currency is chosen',
    answers: answering({ claimValue: { amount: '', currency: 'USD' } }),
    expected: [{ pointer: '/answers/claimValue', code: 'required' }],
  },
  {
    name: 'refuses money written as text',
    answers: answering({ claimValue: '12500 EUR' }),
    expected: [{ pointer: '/answers/claimValue', code: 'wrong-type' }],
  },
  {
    name: 'refuses a day that is not in the calendar',
    answers: answering({ incidentDate: '2026-02-29' }),
    expected: [{ pointer: '/answers/incidentDate', code: 'invalid-date' }],
  },
  {
    name: 'accepts the 29th of February of a leap year',
    answers: answering({ incidentDate: '2028-02-29' }),
    expected: [],
  },
  {
    name: 'refuses a date before the earliest allowed',
    answers: answering({ incidentDate: '1999-12-31' }),
    expected: [{ pointer: '/answers/incidentDate', code: 'below-min' }],
  },
  {
    name: 'refuses a value that is not an option',
    answers: answering({ practiceArea: 'tax' }),
    expected: [{ pointer: '/answers/practiceArea', code: 'not-an-option' }],
  },
  {
    name: 'shows a conditional field when its condition is met, and then requires it',
    answers: answering({ practiceArea: 'litigation' }),
    expected: [{ pointer: '/answers/litigationStage', code: 'required' }],
  },
  {
    name: 'refuses an answer to a field hidden by the answers',
    answers: answering({ litigationStage: 'filed' }),
    expected: [{ pointer: '/answers/litigationStage', code: 'hidden-field-sent' }],
  },
  {
    name: 'refuses an option chosen twice',
    answers: answering({ topics: ['contracts', 'contracts'] }),
    expected: [{ pointer: '/answers/topics/1', code: 'duplicate-option' }],
  },
  {
    name: 'refuses more choices than allowed',
    answers: answering({ topics: ['contracts', 'dismissal', 'wages'] }),
    expected: [{ pointer: '/answers/topics', code: 'too-many-items' }],
  },
  {
    name: 'points at the choice that is not an option',
    answers: answering({ topics: ['wages', 'harassment'] }),
    expected: [{ pointer: '/answers/topics/1', code: 'not-an-option' }],
  },
  {
    name: 'requires a required checkbox to be ticked',
    answers: answering({ confirmation: false }),
    expected: [{ pointer: '/answers/confirmation', code: 'required' }],
  },
  {
    name: 'refuses a checkbox answered with text',
    answers: answering({ confirmation: 'yes' }),
    expected: [{ pointer: '/answers/confirmation', code: 'wrong-type' }],
  },
  {
    name: 'refuses a party for a question not shown (the checkbox is not ticked)',
    answers: answering({ opponent }),
    expected: [{ pointer: '/answers/opponent', code: 'hidden-field-sent' }],
  },
  {
    name: 'requires the party once the checkbox is ticked',
    answers: answering({ hasOpponent: true }),
    expected: [{ pointer: '/answers/opponent', code: 'required' }],
  },
  {
    name: 'requires the name of a party',
    answers: answering({ hasOpponent: true, opponent: { role: 'employer', organization: 'Acme' } }),
    expected: [{ pointer: '/answers/opponent/name', code: 'required' }],
  },
  {
    name: 'refuses a role the form does not list',
    answers: answering({ hasOpponent: true, opponent: { name: 'Acme SA', role: 'landlord' } }),
    expected: [{ pointer: '/answers/opponent/role', code: 'not-an-option' }],
  },
  {
    name: 'refuses a party email that is not an address',
    answers: answering({ hasOpponent: true, opponent: { ...opponent, email: 'legal at acme' } }),
    expected: [{ pointer: '/answers/opponent/email', code: 'invalid-email' }],
  },
  {
    name: 'refuses an email without a domain',
    answers: answering({ contactEmail: 'marie@' }),
    expected: [{ pointer: '/answers/contactEmail', code: 'invalid-email' }],
  },
  {
    name: 'refuses a phone number with too few digits',
    answers: answering({ contactPhone: '+33 12' }),
    expected: [{ pointer: '/answers/contactPhone', code: 'invalid-phone' }],
  },
  {
    name: 'refuses a phone number with letters',
    answers: answering({ contactPhone: '01 23 45 AB CD' }),
    expected: [{ pointer: '/answers/contactPhone', code: 'invalid-phone' }],
  },
  {
    name: 'refuses more files than allowed',
    answers: answering({ documents: [{ attachmentId: first }, { attachmentId: second }, { attachmentId: third }] }),
    expected: [{ pointer: '/answers/documents', code: 'too-many-files' }],
  },
  {
    name: 'refuses the same file twice',
    answers: answering({ documents: [{ attachmentId: first }, { attachmentId: first.toUpperCase() }] }),
    expected: [{ pointer: '/answers/documents/1', code: 'duplicate-file' }],
  },
  {
    name: 'refuses an attachment id that is not a UUID',
    answers: answering({ documents: [{ attachmentId: '../etc/passwd' }] }),
    expected: [{ pointer: '/answers/documents/0/attachmentId', code: 'wrong-type' }],
  },
  {
    name: 'reports every issue, in reading order',
    answers: { subject: 'ab', claimValue: { amount: '1.999' }, practiceArea: 'tax', contactEmail: 'x', extra: 1 },
    expected: [
      { pointer: '/answers/extra', code: 'unknown-field' },
      { pointer: '/answers/subject', code: 'too-short' },
      { pointer: '/answers/claimValue/amount', code: 'invalid-amount' },
      { pointer: '/answers/incidentDate', code: 'required' },
      { pointer: '/answers/practiceArea', code: 'not-an-option' },
      { pointer: '/answers/contactEmail', code: 'invalid-email' },
      { pointer: '/answers/confirmation', code: 'required' },
    ],
  },
];
