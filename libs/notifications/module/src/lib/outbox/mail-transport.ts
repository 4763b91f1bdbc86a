import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import type { ReadStore } from '@lexport/shared-readstore';

export interface OutgoingEmail {
  readonly messageId: string;
  readonly from: string;
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

/** Thrown by a transport; carries the SMTP reply code when the server gave one. */
export interface TransportFailure extends Error {
  readonly responseCode?: number;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'mailbox';
  send(email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

export class SmtpTransport implements MailTransport {
  readonly kind = 'smtp' as const;
  private readonly transporter: Transporter;

  /** `smtp://user:pass@host:port` or `smtps://…`; `?ignoreTLS=true` for servers without STARTTLS (test servers). */
  constructor(url: string) {
    const parsed = new URL(url);
    const ignoreTLS = parsed.searchParams.get('ignoreTLS') === 'true';
    parsed.searchParams.delete('ignoreTLS');
    this.transporter = nodemailer.createTransport({
      url: parsed.toString(),
      ignoreTLS,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as never);
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.transporter.sendMail({ ...email, messageId: email.messageId });
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

export const mailboxCollection = 'dev_mailbox';

/**
 * The embedded default: emails are composed by nodemailer as for SMTP, then kept in a development mailbox that the
 * portal shows, so that someone who just ran `npm start` can open an invitation link. Keyed by Message-ID, so a
 * resend replaces rather than duplicates.
 */
export class MailboxTransport implements MailTransport {
  readonly kind = 'mailbox' as const;
  private readonly composer = nodemailer.createTransport({ jsonTransport: true });
  private ready: Promise<void> | undefined;

  constructor(
    private readonly readStore: ReadStore,
    private readonly now: () => Date,
  ) {}

  /** Creates the mailbox collection; sending does it too, listing the mailbox needs it first. */
  prepare(): Promise<void> {
    this.ready ??= this.readStore.ensureCollection(mailboxCollection, {
      indexes: ['receivedAt', 'to'],
      textFields: ['to', 'subject'],
    });
    return this.ready;
  }

  async send(email: OutgoingEmail): Promise<void> {
    await this.prepare();
    const composed = await this.composer.sendMail({ ...email });
    const message = JSON.parse(String(composed.message)) as { messageId: string };
    const id = email.messageId.replace(/^<|@.*$/g, '');
    await this.readStore.transaction((writer) =>
      writer.upsert(mailboxCollection, {
        id,
        messageId: message.messageId,
        to: email.to,
        from: email.from,
        subject: email.subject,
        html: email.html,
        text: email.text,
        receivedAt: this.now().toISOString(),
      }),
    );
  }

  async close(): Promise<void> {
    this.composer.close();
  }
}
