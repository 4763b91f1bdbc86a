import { DomainError } from '@lexport/shared-ddd';
import type { Decider } from '@lexport/shared-ddd';

/**
 * Which emails a person receives, by category. Account and security emails (invitations, confirmations, password
 * and lock-out notices) cannot be turned off: they are how someone learns that their account is being used.
 */
export const mandatoryEmailCategories = ['account'] as const;

export interface EmailPreferencesState {
  /** The categories this person turned off; everything else is sent. */
  readonly emailsOff: readonly string[];
}

export type EmailPreferencesCommand = {
  readonly type: 'ChangeEmailPreferences';
  readonly data: { readonly emailsOff: readonly string[]; readonly at: string };
};
export type EmailPreferencesEvent = {
  readonly type: 'EmailPreferencesChanged';
  readonly data: { readonly emailsOff: readonly string[]; readonly changedAt: string };
};

export const emailPreferencesStreamName = (userId: string) => `notifications-preferences-${userId}`;

export function mandatoryEmailsStayOn(emailsOff: readonly string[]): void {
  const mandatory = emailsOff.find((category) => (mandatoryEmailCategories as readonly string[]).includes(category));
  if (mandatory)
    throw new DomainError('email-category-mandatory', 'invalid', 'Account and security emails cannot be turned off', {
      field: 'emailsOff',
      category: mandatory,
    });
}

export function wantsEmail(state: EmailPreferencesState, category: string): boolean {
  return (mandatoryEmailCategories as readonly string[]).includes(category) || !state.emailsOff.includes(category);
}

export const emailPreferencesDecider: Decider<EmailPreferencesCommand, EmailPreferencesEvent, EmailPreferencesState> = {
  initialState: () => ({ emailsOff: [] }),
  decide(command, state) {
    mandatoryEmailsStayOn(command.data.emailsOff);
    const emailsOff = [...new Set(command.data.emailsOff)].sort();
    if (emailsOff.join() === [...state.emailsOff].sort().join()) return [];
    return [{ type: 'EmailPreferencesChanged', data: { emailsOff, changedAt: command.data.at } }];
  },
  evolve: (_state, event) => ({ emailsOff: event.data.emailsOff }),
};
