import { Logger, Module } from '@nestjs/common';
import type { Provider } from '@nestjs/common';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, LEXPORT_CONFIG, ProjectionsService, READ_STORE, registerEventSourcing, TokenSigner } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import { activeAdmins, inboxProjection } from './inbox/inbox.projection';
import { NotificationsController } from './inbox/notifications.controller';
import { MailboxController } from './mailbox/mailbox.controller';
import { EmailPreferences } from './preferences/email-preferences';
import { PreferencesController } from './preferences/preferences.controller';
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
    useFactory: (signer: TokenSigner, config: LexportConfig, projections: ProjectionsService) => {
      const admins = async () =>
        (await activeAdmins(projections.reader(inboxProjection.name))).map((admin) => ({ email: admin.email, name: admin.name, language: admin.language, userId: admin.id }));
      return new EmailRules().add(...identityEmailRules(signer, config.publicUrl, admins));
    },
    inject: [TokenSigner, LEXPORT_CONFIG, ProjectionsService],
  },
  { provide: EmailRenderer, useFactory: (config: LexportConfig) => new EmailRenderer(config.firmName), inject: [LEXPORT_CONFIG] },
  {
    provide: MAIL_TRANSPORT,
    useFactory: (config: LexportConfig, readStore: ReadStore, clock: Clock): MailTransport => {
      if (config.smtpUrl) return new SmtpTransport(config.smtpUrl);
      // Only with DEV_MAILBOX=true (checked before start-up): said loudly, since the mailbox holds everyone's links.
      new Logger('Emails').warn('DEV_MAILBOX=true: no email leaves this portal; staff and admins read them all in the development mailbox (/dev/mailbox). Set SMTP_URL for real delivery.');
      return new MailboxTransport(readStore, () => clock.now());
    },
    inject: [LEXPORT_CONFIG, READ_STORE, CLOCK],
  },
  EmailDelivery,
  EmailPreferences,
  registerEventSourcing({ projections: [inboxProjection] }),
];

/**
 * Emails and in-app notifications caused by events of any context. Other modules add EmailRules; the outbox reactor
 * queues (honouring each person's email preferences), the sender delivers over SMTP_URL or into the development
 * mailbox. The inbox projection gives each person their notifications.
 */
@Module({
  controllers: [MailboxController, EmailOperationsController, NotificationsController, PreferencesController],
  providers,
  exports: [EmailRules, EmailDelivery],
})
export class NotificationsModule {}
