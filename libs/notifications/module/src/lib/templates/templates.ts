import type { EmailLanguage } from '@lexport/notifications-published';

/**
 * The frame every email shares; each context contributes its own templates (subject, HTML and plain-text body in
 * every language). Bodies are rendered first and inserted into the layout as finished text, never compiled again, so
 * nothing a user typed can become template code.
 */
export const htmlLayout = `<!doctype html>
<html lang="{{language}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{subject}}</title></head>
<body style="margin:0;padding:0;background:#f4f6fa;font-family:Roboto,Arial,sans-serif;color:#1a1c1e;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6fa;padding:24px 0;">
    <tr><td align="center">
      <table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#ffffff;border-radius:12px;padding:32px;">
        <tr><td style="font-size:20px;font-weight:500;padding-bottom:16px;">{{firmName}}</td></tr>
        <tr><td style="font-size:15px;line-height:1.6;">{{{body}}}</td></tr>
        <tr><td style="font-size:12px;color:#5d5e61;padding-top:24px;border-top:1px solid #e1e2e6;">{{{footer}}}</td></tr>
      </table>
    </td></tr>
  </table>
</body>
</html>`;

export const textLayout = `{{firmName}}

{{body}}

--
{{footer}}
`;

export const buttonPartial = `<p style="margin:24px 0;"><a href="{{url}}" style="background:#005cbb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:20px;display:inline-block;">{{label}}</a></p>
<p style="font-size:12px;color:#5d5e61;">{{linkHint}}<br><a href="{{url}}" style="color:#005cbb;word-break:break-all;">{{url}}</a></p>`;

export const footers: Record<EmailLanguage, { html: string; text: string }> = {
  en: {
    html: 'You receive this email because of your account on the {{firmName}} client portal.',
    text: 'You receive this email because of your account on the {{firmName}} client portal.',
  },
  fr: {
    html: 'Vous recevez ce message en raison de votre compte sur le portail client de {{firmName}}.',
    text: 'Vous recevez ce message en raison de votre compte sur le portail client de {{firmName}}.',
  },
};

export const linkHints: Record<EmailLanguage, string> = {
  en: 'If the button does not work, copy this link into your browser:',
  fr: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :',
};
