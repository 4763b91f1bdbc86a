import { Inject, Injectable, Logger } from '@nestjs/common';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, LEXPORT_CONFIG, ProjectionsService, READ_STORE } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ReadStore } from '@lexport/shared-readstore';
import type { PeopleDirectory } from '@lexport/notifications-published';
import { EmailPreferences } from '../preferences/email-preferences';
import { EmailRenderer } from '../templates/email-renderer';
import { EmailRules } from './email-rules';
import { EmailSender } from './email-sender';
import { MailboxTransport } from './mail-transport';
import type { MailTransport } from './mail-transport';
import { emailOutboxReactor } from './outbox';

export const MAIL_TRANSPORT = Symbol('MailTransport');
export const PEOPLE_DIRECTORY = Symbol('PeopleDirectory');

/** Registers the outbox reactor with the projection runner and runs the sender once projections have started. */
@Injectable()
export class EmailDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Emails');
  readonly sender: EmailSender;

  constructor(
    @Inject(READ_STORE) readStore: ReadStore,
    @Inject(MAIL_TRANSPORT) readonly transport: MailTransport,
    @Inject(LEXPORT_CONFIG) config: LexportConfig,
    @Inject(CLOCK) clock: Clock,
    projections: ProjectionsService,
    rules: EmailRules,
    renderer: EmailRenderer,
    preferences: EmailPreferences,
    @Inject(PEOPLE_DIRECTORY) people: PeopleDirectory,
  ) {
    projections.register(
      emailOutboxReactor(
        rules,
        renderer,
        () => clock.now(),
        (userId, category) => preferences.wants(userId, category),
        people,
      ),
    );
    this.sender = new EmailSender(readStore, transport, {
      from: config.mailFrom,
      instanceId: config.instanceId,
      messageIdDomain: new URL(config.publicUrl).hostname,
      now: () => clock.now(),
      onError: (message) => this.logger.warn(message),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.transport instanceof MailboxTransport) await this.transport.prepare();
    // The operator CLI starts the application without lanes; it must not send mail.
    if (process.env['LEXPORT_ROLE'] !== 'cli') this.sender.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.sender.stop();
    await this.transport.close();
  }
}
