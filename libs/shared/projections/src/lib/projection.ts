import type { RecordedEvent } from '@lexport/shared-eventstore';
import type { CollectionSpec, ReadModelDocument } from '@lexport/shared-readstore';

/** Writes of one projection, addressed by its own collection names; the runner maps them to the live generation. */
export interface ProjectionWriter {
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined>;
  upsert(collection: string, document: ReadModelDocument): Promise<void>;
  patch(collection: string, id: string, fields: Readonly<Record<string, unknown>>): Promise<boolean>;
  delete(collection: string, id: string): Promise<void>;
}

/**
 * A read model built from events. `apply` must be idempotent and depend only on the event and what the projection
 * itself wrote: a rebuild replays every event from the start into fresh collections. Bump `version` whenever `apply`
 * or the document shape changes; the runner then rebuilds it blue/green.
 */
export interface Projection<Event extends RecordedEvent = RecordedEvent> {
  /** lower_snake_case, unique. */
  readonly name: string;
  readonly version: number;
  /**
   * 'blue-green' (default): a read model, rebuilt from the first event into fresh collections on demand.
   * 'never': a reactor whose writes are effects (an email outbox): it starts at the head of the store when first
   * registered, keeps one set of collections, and refuses rebuilds, so that a replay never repeats an effect.
   */
  readonly replay?: 'blue-green' | 'never';
  readonly collections: Readonly<Record<string, CollectionSpec>>;
  /** Typed by the published events it reads (`Recorded<IdentityEvent>`): a misspelt type name does not compile. */
  readonly eventTypes: readonly Event['type'][];
  apply(event: Event, writer: ProjectionWriter): Promise<void>;
}

/**
 * `defineProjection<Recorded<IdentityUserEvent>>({ eventTypes: ['UserInvited'], apply(event) { … } })`: `apply`
 * receives the events it lists, typed; the runner hands it no other.
 */
export function defineProjection<Event extends RecordedEvent = RecordedEvent>(
  projection: Projection<Event>,
): Projection {
  if (!/^[a-z][a-z0-9_]*$/.test(projection.name))
    throw new Error(`Projection name '${projection.name}' must be lower_snake_case`);
  if (!Number.isSafeInteger(projection.version) || projection.version < 1)
    throw new Error(`Projection ${projection.name} needs a positive version`);
  return projection as unknown as Projection;
}
