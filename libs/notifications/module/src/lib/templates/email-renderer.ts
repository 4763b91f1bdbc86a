import Handlebars from 'handlebars';
import { withoutUnsafeCharacters } from '@lexport/shared-published';
import { emailLanguages, isMultiline } from '@lexport/notifications-published';
import type { EmailLanguage, EmailTemplate } from '@lexport/notifications-published';
import { buttonPartial, footers, htmlLayout, linkHints, textLayout } from './templates';

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

type Compiled = (data: Record<string, unknown>) => string;

/**
 * Values come from what people typed (names, organization names, answers, notes) and from configuration: none may
 * bring a control character, a bidirectional override or a broken character into an email. Only a value a rule
 * marked `multiline` (a note, a long answer) keeps its line breaks; the subject loses them afterwards anyway.
 */
function safeValue(value: unknown): unknown {
  if (typeof value === 'string') return withoutUnsafeCharacters(value);
  if (isMultiline(value)) return value.text.replace(/\r\n?/g, '\n').split('\n').map(withoutUnsafeCharacters).join('\n');
  if (Array.isArray(value)) return value.map(safeValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, safeValue(entry)]));
  return value;
}

/** Renders the templates contexts contribute, in a language, framed by the shared layout. Each is compiled once. */
export class EmailRenderer {
  private readonly compiled = new Map<
    string,
    { subject: Compiled; html: Compiled; text: Compiled; footerHtml: Compiled; footerText: Compiled }
  >();
  private readonly html = Handlebars.create();
  private readonly text = Handlebars.create();
  private readonly htmlFrame: Compiled;
  private readonly textFrame: Compiled;

  constructor(
    private readonly firmName: string,
    private readonly templates: Readonly<Record<string, EmailTemplate>>,
  ) {
    this.html.registerPartial('button', buttonPartial);
    this.htmlFrame = this.html.compile(htmlLayout, { strict: true });
    // Plain text must not be HTML-escaped.
    this.textFrame = this.text.compile(textLayout, { noEscape: true, strict: true });
  }

  /** Whether every one of these templates exists; checked at start-up, so that a rule never names a missing template. */
  missing(templateNames: readonly string[]): string[] {
    return templateNames.filter((name) => !(name in this.templates));
  }

  render(template: string, language: string, data: Readonly<Record<string, unknown>>): RenderedEmail {
    const chosen: EmailLanguage = (emailLanguages as readonly string[]).includes(language)
      ? (language as EmailLanguage)
      : 'en';
    const parts = this.parts(template, chosen);
    const context = {
      ...(safeValue(data) as Record<string, unknown>),
      firmName: withoutUnsafeCharacters(this.firmName),
      language: chosen,
      linkHint: linkHints[chosen],
    };
    const subject = withoutUnsafeCharacters(parts.subject(context)).trim();
    const htmlBody = parts.html(context);
    const textBody = parts.text(context);
    return {
      subject,
      html: this.htmlFrame({ ...context, subject, body: htmlBody, footer: parts.footerHtml(context) }),
      text: this.textFrame({ ...context, body: textBody, footer: parts.footerText(context) }),
    };
  }

  private parts(template: string, language: EmailLanguage) {
    const key = `${template}/${language}`;
    let parts = this.compiled.get(key);
    if (!parts) {
      const texts = this.templates[template]?.[language];
      if (!texts) throw new Error(`No email template ${template} in ${language}`);
      parts = {
        subject: this.text.compile(texts.subject, { noEscape: true, strict: true }),
        html: this.html.compile(texts.html, { strict: true }),
        text: this.text.compile(texts.text, { noEscape: true, strict: true }),
        footerHtml: this.html.compile(footers[language].html),
        footerText: this.text.compile(footers[language].text, { noEscape: true }),
      };
      this.compiled.set(key, parts);
    }
    return parts;
  }
}
