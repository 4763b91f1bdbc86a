import { Logger, Module } from '@nestjs/common';
import type { DynamicModule, Provider } from '@nestjs/common';
import type { Clock } from '@lexport/shared-ddd';
import {
  CLOCK,
  LEXPORT_CONFIG,
  ProjectionsService,
  READ_STORE,
  registerEventSourcing,
  TokenSigner,
} from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import type { EmailContribution, InAppContribution, PeopleDirectory } from '@lexport/notifications-published';
import { CountUnreadNotificationsController } from './count-unread-notifications/count-unread-notifications.controller';
import { CountUnreadNotificationsHandler } from './count-unread-notifications/count-unread-notifications.query';
import { DevelopmentMailboxController } from './development-mailbox/development-mailbox.controller';
import { ListMailboxMessagesHandler, MailboxMessageHandler } from './development-mailbox/development-mailbox.query';
import { EmailOutboxController } from './email-outbox/email-outbox.controller';
import { ListOutboxEntriesHandler } from './email-outbox/email-outbox.query';
import { RetryEmailHandler } from './email-outbox/retry-email.handler';
import { ChangeEmailPreferencesHandler } from './email-preferences/change-email-preferences.handler';
import { EmailPreferencesController } from './email-preferences/email-preferences.controller';
import { EmailPreferencesHandler } from './email-preferences/email-preferences.query';
import { activeAdmins, inboxCollections, inboxProjection, inboxProjectionName } from './inbox/inbox.projection';
import type { PersonDocument } from './inbox/inbox.projection';
import { ListNotificationsController } from './list-notifications/list-notifications.controller';
import { ListNotificationsHandler } from './list-notifications/list-notifications.query';
import { MarkNotificationsReadController } from './mark-notifications-read/mark-notifications-read.controller';
import { MarkNotificationsReadHandler } from './mark-notifications-read/mark-notifications-read.handler';
import { EmailPreferences } from './preferences/email-preferences';
import { EmailRules } from './outbox/email-rules';
import { EmailDelivery, MAIL_TRANSPORT, PEOPLE_DIRECTORY } from './outbox/email-delivery';
import { MailboxTransport, SmtpTransport } from './outbox/mail-transport';
import type { MailTransport } from './outbox/mail-transport';
import { EmailRenderer } from './templates/email-renderer';

/** A context's emails, built with what links in emails need (the token signer, the public address). */
export type EmailContributionFactory = (signer: TokenSigner, config: LexportConfig) => EmailContribution;

export interface NotificationsOptions {
  /** Every context's emails; `apps/api` composes them, so that this module knows no context. */
  readonly emails: readonly EmailContributionFactory[];
  /** Every context's in-app notifications. */
  readonly inApp: readonly InAppContribution[];
}

const EMAIL_CONTRIBUTIONS = Symbol('EmailContributions');

function templatesOf(contributions: readonly EmailContribution[]) {
  const templates: Record<string, EmailContribution['templates'][string]> = {};
  for (const contribution of contributions) {
    for (const [name, template] of Object.entries(contribution.templates)) {
      if (name in templates) throw new Error(`Two contexts contribute an email template named ${name}`);
      templates[name] = template;
    }
  }
  return templates;
}

const providers = (options: NotificationsOptions): Provider[] => [
  {
    provide: EMAIL_CONTRIBUTIONS,
    useFactory: (signer: TokenSigner, config: LexportConfig) =>
      options.emails.map((contribute) => contribute(signer, config)),
    inject: [TokenSigner, LEXPORT_CONFIG],
  },
  {
    provide: EmailRules,
    useFactory: (contributions: readonly EmailContribution[]) =>
      new EmailRules().add(...contributions.flatMap((contribution) => contribution.rules)),
    inject: [EMAIL_CONTRIBUTIONS],
  },
  {
    provide: EmailRenderer,
    useFactory: (config: LexportConfig, contributions: readonly EmailContribution[], rules: EmailRules) => {
      const renderer = new EmailRenderer(config.firmName, templatesOf(contributions));
      const missing = renderer.missing(rules.templates);
      if (missing.length > 0) throw new Error(`Email rules name templates nobody contributed: ${missing.join(', ')}`);
      return renderer;
    },
    inject: [LEXPORT_CONFIG, EMAIL_CONTRIBUTIONS, EmailRules],
  },
  {
    provide: PEOPLE_DIRECTORY,
    useFactory: (projections: ProjectionsService): PeopleDirectory => {
      const recipient = (person: PersonDocument) => ({
        email: person.email,
        name: person.name,
        language: person.language,
        userId: person.id,
      });
      return {
        admins: async () => (await activeAdmins(projections.reader(inboxProjectionName))).map(recipient),
        person: async (userId) => {
          const person = await projections
            .reader(inboxProjectionName)
            .get<PersonDocument>(inboxCollections.people, userId);
          return person?.active ? recipient(person) : undefined;
        },
      };
    },
    inject: [ProjectionsService],
  },
  {
    provide: MAIL_TRANSPORT,
    useFactory: (config: LexportConfig, readStore: ReadStore, clock: Clock): MailTransport => {
      if (config.smtpUrl) return new SmtpTransport(config.smtpUrl);
      // Only with DEV_MAILBOX=true (checked before start-up): said loudly, since the mailbox holds everyone's links.
      new Logger('Emails').warn(
        'DEV_MAILBOX=true: no email leaves this portal; admins read them all in the development mailbox (/dev/mailbox). Set SMTP_URL for real delivery.',
      );
      return new MailboxTransport(readStore, () => clock.now());
    },
    inject: [LEXPORT_CONFIG, READ_STORE, CLOCK],
  },
  EmailDelivery,
  EmailPreferences,
  ListNotificationsHandler,
  CountUnreadNotificationsHandler,
  MarkNotificationsReadHandler,
  EmailPreferencesHandler,
  ChangeEmailPreferencesHandler,
  ListMailboxMessagesHandler,
  MailboxMessageHandler,
  ListOutboxEntriesHandler,
  RetryEmailHandler,
  registerEventSourcing({ projections: [inboxProjection(options.inApp)] }),
];

/**
 * Emails and in-app notifications caused by events of any context. Other modules add EmailRules; the outbox reactor
 * queues (honouring each person's email preferences), the sender delivers over SMTP_URL or into the development
 * mailbox. The inbox projection gives each person their notifications. The HTTP side is one folder per use case, each
 * a controller and the command or query handler it sends to.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      controllers: [
        ListNotificationsController,
        CountUnreadNotificationsController,
        MarkNotificationsReadController,
        EmailPreferencesController,
        DevelopmentMailboxController,
        EmailOutboxController,
      ],
      providers: providers(options),
      exports: [EmailRules, EmailDelivery],
    };
  }
}
