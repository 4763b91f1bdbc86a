import type { EmailTemplate } from '@lexport/notifications-published';

const answersHtml = `<table role="presentation" style="border-collapse:collapse;margin:12px 0">
{{#each answers}}<tr><th style="text-align:left;vertical-align:top;padding:4px 12px 4px 0">{{label}}</th><td style="padding:4px 0;white-space:pre-line">{{value}}</td></tr>
{{/each}}</table>`;
const answersText = `{{#each answers}}- {{label}}: {{value}}
{{/each}}`;

/** The requests context's emails, in every language the portal speaks; `{{ }}` escapes HTML (answers are typed by people). */
export const requestsEmailTemplates: Readonly<Record<string, EmailTemplate>> = {
  'request-submitted': {
    en: {
      subject: 'Your request {{reference}} was received: {{subject}}',
      html: `<p>Hello {{recipientName}},</p>
<p>The legal team of {{firmName}} received your request <strong>{{reference}}</strong> ({{requestTypeName}}) on {{submittedAt}}. {{#if isCase}}A case{{else}}A matter{{/if}} is open for it; you can follow it in the portal.</p>
<p>Your answers:</p>
${answersHtml}
{{> button url=requestUrl label="Open my request" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

The legal team of {{firmName}} received your request {{reference}} ({{requestTypeName}}) on {{submittedAt}}. {{#if isCase}}A case{{else}}A matter{{/if}} is open for it; you can follow it in the portal.

Your answers:
${answersText}
Open your request: {{requestUrl}}`,
    },
    fr: {
      subject: 'Votre demande {{reference}} a été reçue : {{subject}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>L’équipe juridique de {{firmName}} a reçu votre demande <strong>{{reference}}</strong> ({{requestTypeName}}) le {{submittedAt}}. {{#if isCase}}Une affaire est ouverte{{else}}Un dossier est ouvert{{/if}} pour elle ; vous pouvez la suivre sur le portail.</p>
<p>Vos réponses :</p>
${answersHtml}
{{> button url=requestUrl label="Ouvrir ma demande" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

L’équipe juridique de {{firmName}} a reçu votre demande {{reference}} ({{requestTypeName}}) le {{submittedAt}}. {{#if isCase}}Une affaire est ouverte{{else}}Un dossier est ouvert{{/if}} pour elle ; vous pouvez la suivre sur le portail.

Vos réponses :
${answersText}
Ouvrir votre demande : {{requestUrl}}`,
    },
  },
  'request-received': {
    en: {
      subject: 'New request {{reference}} from {{requesterName}}: {{subject}}',
      html: `<p>Hello {{recipientName}},</p>
<p>{{requesterName}} submitted <strong>{{reference}}</strong> ({{requestTypeName}}){{#if assignedToYou}}, assigned to you{{/if}}.</p>
${answersHtml}
{{> button url=requestUrl label="Open the request" linkHint=linkHint}}`,
      text: `Hello {{recipientName}},

{{requesterName}} submitted {{reference}} ({{requestTypeName}}){{#if assignedToYou}}, assigned to you{{/if}}.

${answersText}
Open the request: {{requestUrl}}`,
    },
    fr: {
      subject: 'Nouvelle demande {{reference}} de {{requesterName}} : {{subject}}',
      html: `<p>Bonjour {{recipientName}},</p>
<p>{{requesterName}} a soumis <strong>{{reference}}</strong> ({{requestTypeName}}){{#if assignedToYou}}, qui vous est attribuée{{/if}}.</p>
${answersHtml}
{{> button url=requestUrl label="Ouvrir la demande" linkHint=linkHint}}`,
      text: `Bonjour {{recipientName}},

{{requesterName}} a soumis {{reference}} ({{requestTypeName}}){{#if assignedToYou}}, qui vous est attribuée{{/if}}.

${answersText}
Ouvrir la demande : {{requestUrl}}`,
    },
  },
};
