export type LaneState = 'starting' | 'catching-up' | 'live' | 'failed' | 'stopped';

export interface LaneStatus {
  readonly generation: number;
  readonly version: number;
  readonly state: LaneState;
  readonly checkpoint: number;
  readonly processedEvents: number;
  readonly eventsPerSecond: number;
  readonly lastError?: string;
  readonly failures: number;
}

export interface RebuildStatus extends LaneStatus {
  readonly startedAt: string;
  /** Events still to apply before the switch (an estimate while events keep arriving). */
  readonly remainingEvents: number;
  readonly etaSeconds: number | null;
}

export interface ProjectionStatus {
  readonly name: string;
  /** False for reactors (effects such as emails), which are never replayed. */
  readonly rebuildable: boolean;
  /** Version in the code; differs from `active.version` while a new version is being built. */
  readonly version: number;
  readonly head: number;
  readonly lagEvents: number;
  readonly lagMs: number;
  readonly active: LaneStatus | null;
  readonly rebuild: RebuildStatus | null;
}
