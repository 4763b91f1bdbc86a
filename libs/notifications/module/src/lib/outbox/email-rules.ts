import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { EmailCategory, EmailTemplate } from '@lexport/notifications-published';

export interface EmailRecipient {
  readonly email: string;
  readonly language: string;
  readonly name?: string;
  /** The recipient's account, when the email goes to one: their preferences decide optional categories. */
  readonly userId?: string;
}

/**
 * Which email an event causes, to whom. Modules contribute rules; the outbox reactor applies them. `data` must
 * derive from the event alone (it runs once, when the event is first seen, and its result is stored).
 */
export interface EmailRule<Data = Record<string, unknown>> {
  readonly eventType: string;
  readonly template: EmailTemplate;
  readonly category: EmailCategory;
  recipients(event: RecordedEvent): readonly EmailRecipient[] | Promise<readonly EmailRecipient[]>;
  data(event: RecordedEvent, recipient: EmailRecipient): Data;
}

export class EmailRules {
  private readonly rules: EmailRule[] = [];

  add(...rules: readonly EmailRule[]): this {
    this.rules.push(...rules);
    return this;
  }

  for(eventType: string): readonly EmailRule[] {
    return this.rules.filter((rule) => rule.eventType === eventType);
  }

  get eventTypes(): string[] {
    return [...new Set(this.rules.map((rule) => rule.eventType))];
  }
}
