import { Query, QueryHandler } from '@nestjs/cqrs';
import type { IQueryHandler } from '@nestjs/cqrs';
import type { AuthenticatedUser } from '@lexport/shared-platform';
import { emailCategories } from '@lexport/notifications-published';
import type { EmailPreferencesView } from '@lexport/notifications-published';
import { wantsEmail } from '@lexport/notifications-domain';
import { EmailPreferences } from '../preferences/email-preferences';

export class EmailPreferencesQuery extends Query<EmailPreferencesView> {
  constructor(readonly person: AuthenticatedUser) {
    super();
  }
}

/** Only the categories the person's roles receive; read from their stream, as the outbox reads it. */
@QueryHandler(EmailPreferencesQuery)
export class EmailPreferencesHandler implements IQueryHandler<EmailPreferencesQuery, EmailPreferencesView> {
  constructor(private readonly preferences: EmailPreferences) {}

  async execute({ person }: EmailPreferencesQuery): Promise<EmailPreferencesView> {
    const state = await this.preferences.of(person.id);
    const relevant = emailCategories.filter((category) => category.roles.some((role) => person.roles.includes(role)));
    return {
      categories: relevant.map((category) => ({
        id: category.id,
        mandatory: category.mandatory,
        enabled: wantsEmail(state, category.id),
      })),
    };
  }
}
