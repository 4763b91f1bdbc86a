import { emailRuleOn, multiline } from '@lexport/notifications-published';
import type { EmailContribution, EmailRecipient, EmailTemplate } from '@lexport/notifications-published';
import { notePath } from '@lexport/matters-published';
import type { MattersEvent } from '@lexport/matters-published';

const excerptLength = 600;

/** The matters context's emails; `{{ }}` escapes HTML (notes are typed by people). */
const templates: Readonly<Record<string, EmailTemplate>> = {
  'note-added': {
    en: {
      subject: '{{authorName}} wrote on {{reference}}',
      html: `<p>Hello {{recipientName}},</p>
<p>{{authorName}} added a note to <strong>{{reference}}</strong>{{#if files}} with {{files}} file(s){{/if}}:</p>
<blockquote style="white-space:pre-line;border-left:3px solid #ccc;margin:0;padding-left:12px">{{excerpt}}</blockquote>
{{> button url=noteUrl label="Read and answer" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

{{authorName}} added a note to {{reference}}{{#if files}} with {{files}} file(s){{/if}}:

{{excerpt}}

Read and answer: {{noteUrl}}`,
    },
    fr: {
      subject: '{{authorName}} a écrit sur {{reference}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>{{authorName}} a ajouté une note à <strong>{{reference}}</strong>{{#if files}} avec {{files}} fichier(s){{/if}} :</p>
<blockquote style="white-space:pre-line;border-left:3px solid #ccc;margin:0;padding-left:12px">{{excerpt}}</blockquote>
{{> button url=noteUrl label="Lire et répondre" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

{{authorName}} a ajouté une note à {{reference}}{{#if files}} avec {{files}} fichier(s){{/if}} :

{{excerpt}}

Lire et répondre : {{noteUrl}}`,
    },
  },
};

/** A note tells the other side by email (category `requests`); an internal note tells no client. */
export function mattersEmails(publicUrl: string): EmailContribution {
  const rule = emailRuleOn<MattersEvent>();
  return {
    templates,
    rules: [
      rule('NoteAdded', {
        template: 'note-added',
        category: 'requests',
        recipients: async ({ data }, people) =>
          (await Promise.all(data.notify.map((userId) => people.person(userId)))).filter(
            (person): person is EmailRecipient => person !== undefined,
          ),
        data: ({ data }, recipient) => ({
          recipientName: recipient.name ?? '',
          authorName: data.authorName,
          reference: data.reference,
          excerpt: multiline(data.body.length > excerptLength ? `${data.body.slice(0, excerptLength)}…` : data.body),
          files: data.attachments.length,
          noteUrl: `${publicUrl}${notePath(data.matterId, data.noteId)}`,
        }),
      }),
    ],
  };
}
