import { Inject } from '@nestjs/common';
import { CommandHandler } from '@nestjs/cqrs';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { CommandAccepted } from '@lexport/shared-published';
import type { Clock } from '@lexport/shared-ddd';
import { CLOCK, CommandExecutor } from '@lexport/shared-platform';
import type { markNotificationsReadRequest } from '@lexport/notifications-published';
import { inboxDecider, inboxStreamName } from '@lexport/notifications-domain';
import type { InboxCommand } from '@lexport/notifications-domain';
import type { z } from 'zod';
import { PersonalCommand } from '../personal-command';

export class MarkNotificationsReadCommand extends PersonalCommand<z.infer<typeof markNotificationsReadRequest>> {}

/** Reading is the person's own act, kept in their inbox stream: a rebuilt inbox shows the same notifications read. */
@CommandHandler(MarkNotificationsReadCommand)
export class MarkNotificationsReadHandler implements ICommandHandler<MarkNotificationsReadCommand, CommandAccepted> {
  constructor(
    private readonly executor: CommandExecutor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(command: MarkNotificationsReadCommand): Promise<CommandAccepted> {
    const { notificationIds, upToPosition } = command.input;
    const at = this.clock.now().toISOString();
    const marking: InboxCommand = notificationIds
      ? { type: 'MarkNotificationsRead', data: { notificationIds, at } }
      : { type: 'MarkAllNotificationsRead', data: { upToPosition: upToPosition ?? -1, at } };
    return command.accepted(
      await this.executor.execute(inboxDecider, inboxStreamName(command.userId), marking, command.asPerson()),
    );
  }
}
