import { Inject, Injectable } from '@nestjs/common';
import { fold } from '@lexport/shared-ddd';
import type { EventStore } from '@lexport/shared-eventstore';
import { EVENT_STORE } from '@lexport/shared-platform';
import { emailPreferencesDecider, emailPreferencesStreamName, wantsEmail } from '@lexport/notifications-domain';
import type { EmailPreferencesEvent, EmailPreferencesState } from '@lexport/notifications-domain';

/** Each person's email preferences, read from their own stream so that the outbox sees a change at once. */
@Injectable()
export class EmailPreferences {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async of(userId: string): Promise<EmailPreferencesState> {
    return fold(
      emailPreferencesDecider,
      (await this.events.readStream(emailPreferencesStreamName(userId))) as unknown as EmailPreferencesEvent[],
    );
  }

  async wants(userId: string, category: string): Promise<boolean> {
    return wantsEmail(await this.of(userId), category);
  }
}
