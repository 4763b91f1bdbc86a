import { Module } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, LEXPORT_CONFIG, READ_STORE, TokenSigner } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { MailboxController } from './mailbox/mailbox.controller';
import { EmailOperationsController } from './outbox/email-operations.controller';
import { EmailRules } from './outbox/email-rules';
import { EmailDelivery, MAIL_TRANSPORT } from './outbox/email-delivery';
import { MailboxTransport, SmtpTransport } from './outbox/mail-transport';
import type { MailTransport } from './outbox/mail-transport';
import { identityEmailRules } from './rules/identity-emails';
import { EmailRenderer } from './templates/email-renderer';

const providers: Provider[] = [
  {
    provide: EmailRules,
    useFactory: (signer: TokenSigner, config: LexportConfig) => new EmailRules().add(...identityEmailRules(signer, config.publicUrl)),
    inject: [TokenSigner, LEXPORT_CONFIG],
  },
  { provide: EmailRenderer, useFactory: (config: LexportConfig) => new EmailRenderer(config.firmName), inject: [LEXPORT_CONFIG] },
  {
    provide: MAIL_TRANSPORT,
    useFactory: (config: LexportConfig, readStore: ReadStore, clock: Clock): MailTransport =>
      config.smtpUrl ? new SmtpTransport(config.smtpUrl) : new MailboxTransport(readStore, () => clock.now()),
    inject: [LEXPORT_CONFIG, READ_STORE, CLOCK],
  },
  EmailDelivery,
];

/**
 * Emails (and, later, in-app notifications) caused by events of any context. Other modules add EmailRules; the
 * outbox reactor queues, the sender delivers over SMTP_URL or into the development mailbox.
 */
@Module({
  controllers: [MailboxController, EmailOperationsController],
  providers,
  exports: [EmailRules, EmailDelivery],
})
export class NotificationsModule {}
