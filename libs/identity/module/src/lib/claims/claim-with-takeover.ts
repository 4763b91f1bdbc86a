import { DomainError } from '@lexport/shared-ddd';

/**
 * A claim (an email address, an email domain) and the owner it is for are two streams, so a crash between the two
 * appends leaves a claim whose owner was never created. Such a claim is taken over instead of blocking the value
 * forever: the dead owner's stream is first marked abandoned with an append that expects no stream, so the crashed
 * command, should it resume, can no longer create the owner; only then is the claim released and claimed again.
 */
export interface ClaimWithTakeover {
  readonly claim: () => Promise<unknown>;
  /** The error code the claim decider throws when someone else holds the value. */
  readonly takenCode: string;
  readonly holder: () => Promise<string | null>;
  /** Marks the holder abandoned if it was never created; true when it is abandoned now. */
  readonly abandonIfUnfinished: (holder: string) => Promise<boolean>;
  readonly release: (holder: string) => Promise<unknown>;
}

export async function claimWithTakeover({ claim, takenCode, holder, abandonIfUnfinished, release }: ClaimWithTakeover): Promise<void> {
  try {
    await claim();
    return;
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== takenCode) throw error;
    const current = await holder();
    if (current === null || !(await abandonIfUnfinished(current))) throw error;
    await release(current);
  }
  await claim();
}
