import { formDefinition } from '@lexport/requests-published';
import type { FormDefinitionInput, LocalizedText, RequestKind } from '@lexport/requests-published';

export interface DemoPracticeArea {
  readonly key: string;
  readonly name: LocalizedText;
  /** Demo staff by email. */
  readonly members: readonly string[];
}

export const demoPracticeAreas: readonly DemoPracticeArea[] = [
  { key: 'corporate', name: { en: 'Corporate', fr: 'Droit des sociétés' }, members: ['paul.legal@lexport.demo'] },
  {
    key: 'litigation',
    name: { en: 'Litigation', fr: 'Contentieux' },
    members: ['sophie.legal@lexport.demo', 'paul.legal@lexport.demo'],
  },
  { key: 'employment', name: { en: 'Employment', fr: 'Droit du travail' }, members: ['sophie.legal@lexport.demo'] },
  { key: 'real-estate', name: { en: 'Real estate', fr: 'Immobilier' }, members: ['paul.legal@lexport.demo'] },
  {
    key: 'ip',
    name: { en: 'Intellectual property', fr: 'Propriété intellectuelle' },
    members: ['sophie.legal@lexport.demo'],
  },
];

export interface DemoRequestType {
  readonly key: string;
  readonly category: string;
  readonly practiceArea: string;
  readonly opens: Exclude<RequestKind, 'contract'>;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly defaultAssignee: string | null;
  readonly form: FormDefinitionInput;
}

const text = (en: string, fr: string): LocalizedText => ({ en, fr });
const subject = {
  key: 'subject',
  type: 'short-text',
  required: true,
  maxLength: 120,
  minLength: 5,
  label: text('Subject', 'Objet'),
  help: text('A short title the legal team will use for your request.', 'Un titre court qui désignera votre demande.'),
} as const;
const documents = {
  key: 'documents',
  type: 'file',
  required: false,
  maxFiles: 5,
  label: text('Documents', 'Documents'),
  help: text(
    'PDF, Word, Excel, images or text; 25 MB at most each.',
    'PDF, Word, Excel, images ou texte ; 25 Mo au plus chacun.',
  ),
} as const;

export const demoRequestTypes: readonly DemoRequestType[] = [
  {
    key: 'corporate-matter',
    category: 'Corporate housekeeping',
    practiceArea: 'corporate',
    opens: 'matter',
    defaultAssignee: 'paul.legal@lexport.demo',
    name: text('Request a corporate matter', 'Demander un dossier en droit des sociétés'),
    description: text(
      'Incorporations, share transfers, board and shareholder meetings, powers of attorney.',
      'Constitutions, cessions de parts, conseils et assemblées, pouvoirs.',
    ),
    form: {
      sections: [
        {
          key: 'matter',
          title: text('The matter', 'Le dossier'),
          fields: [
            subject,
            {
              key: 'matterType',
              type: 'single-select',
              required: true,
              label: text('Type of matter', 'Type de dossier'),
              options: [
                { value: 'incorporation', label: text('Incorporation', 'Constitution de société') },
                { value: 'share-transfer', label: text('Share transfer', 'Cession de parts') },
                { value: 'board-minutes', label: text('Board or shareholder meeting', 'Conseil ou assemblée') },
                { value: 'power-of-attorney', label: text('Power of attorney', 'Pouvoir') },
                { value: 'other', label: text('Something else', 'Autre chose') },
              ],
            },
            {
              key: 'otherDescription',
              type: 'long-text',
              required: true,
              maxLength: 2000,
              label: text('What do you need?', 'De quoi avez-vous besoin ?'),
              visibleWhen: { field: 'matterType', equals: 'other' },
            },
            {
              key: 'company',
              type: 'short-text',
              required: true,
              label: text('Company concerned', 'Société concernée'),
            },
            {
              key: 'deadline',
              type: 'date',
              required: false,
              label: text('Deadline', 'Échéance'),
              help: text('If a filing or a meeting date binds you.', 'Si un dépôt ou une réunion vous contraint.'),
            },
            {
              key: 'budget',
              type: 'money',
              required: false,
              currencies: ['EUR', 'USD', 'GBP'],
              min: '0',
              label: text('Budget', 'Budget'),
            },
          ],
        },
        {
          key: 'supporting',
          title: text('Supporting documents', 'Pièces justificatives'),
          fields: [
            documents,
            {
              key: 'urgent',
              type: 'checkbox',
              required: false,
              label: text('This is urgent', 'C’est urgent'),
            },
          ],
        },
      ],
    },
  },
  {
    key: 'litigation-support',
    category: 'Disputes and litigation',
    practiceArea: 'litigation',
    opens: 'case',
    defaultAssignee: null,
    name: text('Litigation support', 'Assistance contentieux'),
    description: text(
      'A claim against you or one you want to bring: court proceedings, formal notices, settlements.',
      'Une réclamation contre vous ou que vous voulez engager : procédures, mises en demeure, transactions.',
    ),
    form: {
      sections: [
        {
          key: 'dispute',
          title: text('The dispute', 'Le litige'),
          fields: [
            subject,
            {
              key: 'position',
              type: 'single-select',
              required: true,
              label: text('You are', 'Vous êtes'),
              options: [
                { value: 'claimant', label: text('Claimant', 'Demandeur') },
                { value: 'defendant', label: text('Defendant', 'Défendeur') },
              ],
            },
            {
              key: 'opposingParty',
              type: 'party',
              required: true,
              label: text('Opposing party', 'Partie adverse'),
              roles: [
                { value: 'company', label: text('Company', 'Société') },
                { value: 'individual', label: text('Individual', 'Particulier') },
                { value: 'authority', label: text('Public authority', 'Administration') },
              ],
            },
            {
              key: 'amountAtStake',
              type: 'money',
              required: false,
              currencies: ['EUR', 'USD', 'GBP', 'CHF'],
              label: text('Amount at stake', 'Montant en jeu'),
            },
            {
              key: 'hearingScheduled',
              type: 'checkbox',
              required: false,
              label: text('A hearing is already scheduled', 'Une audience est déjà fixée'),
            },
            {
              key: 'hearingDate',
              type: 'date',
              required: true,
              label: text('Hearing date', 'Date d’audience'),
              visibleWhen: { field: 'hearingScheduled', equals: true },
            },
            {
              key: 'court',
              type: 'short-text',
              required: false,
              label: text('Court', 'Juridiction'),
              visibleWhen: { field: 'hearingScheduled', equals: true },
            },
            {
              key: 'summary',
              type: 'long-text',
              required: true,
              minLength: 20,
              maxLength: 5000,
              label: text('What happened?', 'Que s’est-il passé ?'),
            },
          ],
        },
        { key: 'evidence', title: text('Evidence', 'Pièces'), fields: [documents] },
      ],
    },
  },
  {
    key: 'employment-question',
    category: 'Employment',
    practiceArea: 'employment',
    opens: 'matter',
    defaultAssignee: 'sophie.legal@lexport.demo',
    name: text('Employment question', 'Question en droit du travail'),
    description: text(
      'Hiring, dismissals, leave, working time, workplace conflicts.',
      'Embauches, licenciements, congés, temps de travail, conflits au travail.',
    ),
    form: {
      sections: [
        {
          key: 'question',
          title: text('Your question', 'Votre question'),
          fields: [
            subject,
            {
              key: 'topics',
              type: 'multi-select',
              required: true,
              minItems: 1,
              label: text('Topics', 'Thèmes'),
              options: [
                { value: 'hiring', label: text('Hiring', 'Embauche') },
                { value: 'dismissal', label: text('Dismissal', 'Licenciement') },
                { value: 'leave', label: text('Leave', 'Congés') },
                { value: 'working-time', label: text('Working time', 'Temps de travail') },
                { value: 'conflict', label: text('Workplace conflict', 'Conflit au travail') },
              ],
            },
            {
              key: 'employeeCount',
              type: 'number',
              required: false,
              integer: true,
              min: 1,
              max: 1000000,
              label: text('Employees concerned', 'Salariés concernés'),
            },
            {
              key: 'question',
              type: 'long-text',
              required: true,
              minLength: 10,
              label: text('Question', 'Question'),
            },
            {
              key: 'contactPhone',
              type: 'phone',
              required: false,
              label: text('Phone number to call you back', 'Téléphone pour vous rappeler'),
            },
            {
              key: 'copyTo',
              type: 'email',
              required: false,
              label: text('Also inform (email)', 'Informer aussi (e-mail)'),
            },
            documents,
          ],
        },
      ],
    },
  },
];

/** Parsed once: the defaults a stored form carries filled in. */
export const demoForms = new Map(demoRequestTypes.map((type) => [type.key, formDefinition.parse(type.form)]));

export interface DemoSubmission {
  readonly requester: string;
  readonly requestType: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

export const demoSubmissions: readonly DemoSubmission[] = [
  {
    requester: 'claire@acme.demo',
    requestType: 'corporate-matter',
    answers: {
      subject: 'Transfert de parts Acme Logistique',
      matterType: 'share-transfer',
      company: 'Acme Logistique SAS',
      deadline: '2027-01-15',
      budget: { amount: '8000', currency: 'EUR' },
      urgent: true,
    },
  },
  {
    requester: 'marc@acme.demo',
    requestType: 'employment-question',
    answers: {
      subject: 'Forfait jours des cadres',
      topics: ['working-time'],
      employeeCount: 42,
      question: 'Pouvons-nous passer nos cadres au forfait jours à partir du 1er mars ?',
    },
  },
  {
    requester: 'hana@globex.demo',
    requestType: 'litigation-support',
    answers: {
      subject: 'Unpaid invoices from Initech',
      position: 'claimant',
      opposingParty: {
        name: 'Initech Ltd',
        role: 'company',
        organization: 'Initech Ltd',
        email: 'legal@initech.example',
      },
      amountAtStake: { amount: '125000.00', currency: 'USD' },
      hearingScheduled: true,
      hearingDate: '2027-02-03',
      court: 'Commercial Court of Paris',
      summary: 'Initech has not paid eleven invoices since June despite two reminders and a formal notice.',
    },
  },
  {
    requester: 'hana@globex.demo',
    requestType: 'employment-question',
    answers: {
      subject: 'Remote work policy abroad',
      topics: ['working-time', 'conflict'],
      question: 'Can our employees work from Portugal for three months a year under our current contracts?',
    },
  },
];
