import type { AuthenticatedUser, LexportConfig } from '@lexport/shared-platform';
import type { SessionView } from '@lexport/identity-published';

/** The web's menu offers the development mailbox to those who may read it, and only when there is one. */
export function sessionView(user: AuthenticatedUser | null, config: LexportConfig): SessionView {
  const mayReadMailbox = Boolean(user?.roles.some((role) => role === 'staff' || role === 'admin'));
  return { user, developmentMailbox: mayReadMailbox && config.developmentMailbox };
}
