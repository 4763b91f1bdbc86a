import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor } from '@lexport/shared-platform';
import type { emailPreferencesRequest } from '@lexport/notifications-published';
import { emailPreferencesDecider, emailPreferencesStreamName } from '@lexport/notifications-domain';
import type { z } from 'zod';
import { PersonalCommand } from '../personal-command';

export class ChangeEmailPreferencesCommand extends PersonalCommand<z.infer<typeof emailPreferencesRequest>> {}

/** The outbox reads the person's stream when it queues an email, so the change applies from the next event on. */
@CommandHandler(ChangeEmailPreferencesCommand)
export class ChangeEmailPreferencesHandler implements ICommandHandler<ChangeEmailPreferencesCommand, CommandAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: ChangeEmailPreferencesCommand): Promise<CommandAccepted> {
    return command.accepted(
      await this.executor.execute(
        emailPreferencesDecider,
        emailPreferencesStreamName(command.userId),
        {
          type: 'ChangeEmailPreferences',
          data: { emailsOff: command.input.emailsOff, at: this.clock.now().toISOString() },
        },
        command.asPerson(),
      ),
    );
  }
}
