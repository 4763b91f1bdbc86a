import { InvalidEventError, InvalidPositionError } from './errors';
import type { ExpectedRevision, NewEvent } from './port';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const streamNamePattern = /^[a-z][a-z0-9-]*-[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const eventTypePattern = /^[A-Z][A-Za-z0-9]*$/;

/** Rules both engines enforce before writing, so that a bad event is rejected the same way everywhere. */
export function validateAppend(
  streamName: string,
  events: readonly NewEvent[],
  expectedRevision: ExpectedRevision,
): void {
  if (!streamNamePattern.test(streamName)) {
    throw new InvalidEventError(`Stream name '${streamName}' must look like '<context-entity>-<id>'`);
  }
  if (typeof expectedRevision === 'number' && (!Number.isSafeInteger(expectedRevision) || expectedRevision < 0)) {
    throw new InvalidEventError(`Expected revision ${expectedRevision} is not a revision`);
  }
  if (events.length === 0) throw new InvalidEventError('An append needs at least one event');
  const ids = new Set<string>();
  for (const event of events) {
    if (!uuid.test(event.id)) throw new InvalidEventError(`Event id '${event.id}' is not a UUID`);
    if (ids.has(event.id)) throw new InvalidEventError(`Event id ${event.id} appears twice in one append`);
    ids.add(event.id);
    if (!eventTypePattern.test(event.type))
      throw new InvalidEventError(`Event type '${event.type}' must be PascalCase`);
    if (event.data === null || typeof event.data !== 'object' || Array.isArray(event.data)) {
      throw new InvalidEventError(`Event ${event.type} data must be an object`);
    }
    const metadata = event.metadata;
    if (
      !metadata ||
      typeof metadata.actor !== 'string' ||
      typeof metadata.correlationId !== 'string' ||
      typeof metadata.causationId !== 'string'
    ) {
      throw new InvalidEventError(`Event ${event.type} metadata needs actor, correlationId and causationId`);
    }
    if (Number.isNaN(Date.parse(metadata.occurredAt)))
      throw new InvalidEventError(`Event ${event.type} metadata.occurredAt is not a date`);
    if (!Number.isSafeInteger(metadata.schemaVersion) || metadata.schemaVersion < 1) {
      throw new InvalidEventError(`Event ${event.type} metadata.schemaVersion must be a positive integer`);
    }
  }
}

export function validatePosition(position: number | undefined): number {
  const value = position ?? 0;
  if (!Number.isSafeInteger(value) || value < 0) throw new InvalidPositionError(value);
  return value;
}
