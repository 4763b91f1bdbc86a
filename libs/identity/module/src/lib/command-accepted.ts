import type { CommandAccepted } from '@lexport/shared-published';
import type { CommandOutcome } from '@lexport/shared-platform';

/** What a command answers: the id of what it changed and where its events landed (the caller reads its writes with it). */
export function accepted(id: string, outcome: Pick<CommandOutcome<unknown>, 'revision' | 'position'>): CommandAccepted {
  return { id, revision: outcome.revision, position: outcome.position };
}
