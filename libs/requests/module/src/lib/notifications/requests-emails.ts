import { emailRuleOn, multiline } from '@lexport/notifications-published';
import type { EmailContribution, EmailRecipient } from '@lexport/notifications-published';
import { renderAnswers, requestPath } from '@lexport/requests-published';
import type { RequestsEvent } from '@lexport/requests-published';
import { requestsEmailTemplates } from './requests-email-templates';

const languageOf = (recipient: EmailRecipient) => (recipient.language === 'fr' ? 'fr' : 'en');

function formatDate(iso: string, language: 'en' | 'fr'): string {
  return `${new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))} UTC`;
}

/** The answers as lines to read; a long text keeps its paragraphs. */
const answersOf = (data: Extract<RequestsEvent, { type: 'RequestSubmitted' }>['data'], language: 'en' | 'fr') =>
  renderAnswers(
    data.form,
    data.answers,
    language,
    Object.fromEntries(data.attachments.map((file) => [file.attachmentId, file.name])),
  ).map((answer) => ({ label: answer.label, value: multiline(answer.value) }));

/** The emails a submission causes: its details to the requester, and the new request to its legal team. */
export function requestsEmails(publicUrl: string): EmailContribution {
  const rule = emailRuleOn<RequestsEvent>();
  return {
    templates: requestsEmailTemplates,
    rules: [
      rule('RequestSubmitted', {
        template: 'request-submitted',
        category: 'requests',
        recipients: ({ data }) => [
          { email: data.requester.email, language: data.requester.language, userId: data.requester.userId },
        ],
        data: ({ data }, recipient) => {
          const language = languageOf(recipient);
          return {
            recipientName: data.requester.name,
            reference: data.reference,
            subject: data.subject,
            requestTypeName: data.requestTypeName[language],
            isCase: data.kind === 'case',
            submittedAt: formatDate(data.submittedAt, language),
            answers: answersOf(data, language),
            requestUrl: `${publicUrl}${requestPath(data.requestId)}`,
          };
        },
      }),
      rule('RequestSubmitted', {
        template: 'request-received',
        category: 'requests',
        // Nobody left on the request's team: the admins hear of it rather than nobody.
        recipients: async ({ data }, people) =>
          data.legalTeam.length === 0
            ? people.admins()
            : (await Promise.all(data.legalTeam.map((userId) => people.person(userId)))).filter(
                (person): person is EmailRecipient => person !== undefined,
              ),
        data: ({ data }, recipient) => {
          const language = languageOf(recipient);
          return {
            recipientName: recipient.name ?? '',
            reference: data.reference,
            subject: data.subject,
            requestTypeName: data.requestTypeName[language],
            requesterName: data.requester.name,
            assignedToYou: data.assigneeId === recipient.userId,
            answers: answersOf(data, language),
            requestUrl: `${publicUrl}${requestPath(data.requestId)}`,
          };
        },
      }),
    ],
  };
}
