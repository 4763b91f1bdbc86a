import type {
  EventStore,
  EventSubscription,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from './port';

/** Turns the data of one stored schema version of an event type into the next version's shape. */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: Record<string, unknown>, event: RecordedEvent) => Record<string, unknown>;
}

/**
 * Stored events are never rewritten: old versions are lifted to the current shape as they are read, one version
 * step at a time, on every read path (streams for deciders, $all for projections).
 */
export class Upcasters {
  private readonly byKey = new Map<string, Upcaster>();

  register(...upcasters: readonly Upcaster[]): this {
    for (const upcaster of upcasters) {
      const key = `${upcaster.type}@${upcaster.fromVersion}`;
      if (this.byKey.has(key)) throw new Error(`Two upcasters for ${key}`);
      this.byKey.set(key, upcaster);
    }
    return this;
  }

  get size(): number {
    return this.byKey.size;
  }

  apply(event: RecordedEvent): RecordedEvent {
    let current = event;
    for (;;) {
      const upcaster = this.byKey.get(`${current.type}@${current.metadata.schemaVersion}`);
      if (!upcaster) return current;
      current = {
        ...current,
        data: upcaster.upcast(current.data as Record<string, unknown>, current),
        metadata: { ...current.metadata, schemaVersion: current.metadata.schemaVersion + 1 },
      };
    }
  }
}

export function withUpcasting(store: EventStore, upcasters: Upcasters): EventStore {
  const lift = (events: RecordedEvent[]) => events.map((event) => upcasters.apply(event));
  return {
    engine: store.engine,
    appendToStream: (streamName, events, options) => store.appendToStream(streamName, events, options),
    readStream: async (streamName: string, options?: ReadStreamOptions) =>
      lift(await store.readStream(streamName, options)),
    findEvent: async (streamName: string, eventId: string) => {
      const found = await store.findEvent(streamName, eventId);
      return found ? upcasters.apply(found) : undefined;
    },
    readAll: async (options?: ReadAllOptions) => lift(await store.readAll(options)),
    subscribeToAll(options?: SubscribeOptions): EventSubscription {
      const inner = store.subscribeToAll(options);
      return {
        close: () => inner.close(),
        async *[Symbol.asyncIterator]() {
          for await (const batch of inner) yield lift([...batch]);
        },
      };
    },
    headPosition: () => store.headPosition(),
    countAfter: (position, limit) => store.countAfter(position, limit),
    close: () => store.close(),
  };
}
