import type { EmailRule } from '@lexport/notifications-published';

/** Every context's email rules, found by the event type they answer. */
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

  get templates(): string[] {
    return [...new Set(this.rules.map((rule) => rule.template))];
  }
}
