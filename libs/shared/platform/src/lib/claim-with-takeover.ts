import { DomainError } from '@lexport/shared-ddd';

/**
 * A claim (an email address, an email domain) and the owner it is for are two streams. A crash between the two
 * appends leaves a claim whose owner was never created, and a released claim is given back by a workflow, a moment
 * after the owner let go. Neither may block the value: a claim whose holder has let go is released and claimed
 * again. A holder that was never created is first marked abandoned, with an append that expects no stream, so that
 * the crashed command, should it resume, can no longer create it.
 */
export interface ClaimWithTakeover {
  readonly claim: () => Promise<unknown>;
  /** The error code the claim decider throws when someone else holds the value. */
  readonly takenCode: string;
  readonly holder: () => Promise<string | null>;
  /** True when the holder no longer needs the value; marks a holder that was never created abandoned first. */
  readonly holderHasLetGo: (holder: string) => Promise<boolean>;
  readonly release: (holder: string) => Promise<unknown>;
}

export async function claimWithTakeover({
  claim,
  takenCode,
  holder,
  holderHasLetGo,
  release,
}: ClaimWithTakeover): Promise<void> {
  try {
    await claim();
    return;
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== takenCode) throw error;
    const current = await holder();
    if (current === null || !(await holderHasLetGo(current))) throw error;
    await release(current);
  }
  await claim();
}
