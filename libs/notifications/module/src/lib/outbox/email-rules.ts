import type { Recorded, RecordedEvent } from '@lexport/shared-eventstore';
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
export interface EmailRule<Event extends RecordedEvent = RecordedEvent> {
  readonly eventType: Event['type'];
  readonly template: EmailTemplate;
  readonly category: EmailCategory;
  recipients(event: Event): readonly EmailRecipient[] | Promise<readonly EmailRecipient[]>;
  data(event: Event, recipient: EmailRecipient): Record<string, unknown>;
}

/**
 * Rules over a context's published events, typed by event:
 *   const rule = emailRuleOn<IdentityEvent>();  rule('PasswordChanged', { recipients: (event) => … event.data.email … })
 */
export function emailRuleOn<Published extends { readonly type: string; readonly data: unknown }>() {
  return <Type extends Published['type']>(eventType: Type, rule: Omit<EmailRule<Recorded<Extract<Published, { type: Type }>>>, 'eventType'>): EmailRule =>
    // The reactor hands a rule only events of its type, so the narrowing holds.
    ({ eventType, ...rule }) as unknown as EmailRule;
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
