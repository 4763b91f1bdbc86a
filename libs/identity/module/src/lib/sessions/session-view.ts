import type { AuthenticatedUser, LexportConfig } from '@lexport/shared-platform';
import type { SessionView } from '@lexport/identity-published';

/**
 * The web's menu offers the development mailbox to those who may read it, and only when there is one: admins only,
 * since it holds every password-reset link (a lawyer reading an admin's would become admin).
 */
export function sessionView(user: AuthenticatedUser | null, config: LexportConfig): SessionView {
  const mayReadMailbox = Boolean(user?.roles.includes('admin'));
  return { user, developmentMailbox: mayReadMailbox && config.developmentMailbox };
}
