import type { EventStore, EventSubscription, RecordedEvent } from '@lexport/shared-eventstore';
import type { FindQuery, Page, ReadModelDocument, ReadStore, ReadStoreWriter } from '@lexport/shared-readstore';
import { BatchWriter } from './batch-writer';
import type { Projection } from './projection';
import type { LaneState, LaneStatus, ProjectionStatus, RebuildStatus } from './status';

const registryCollection = 'projections';
const checkpointCollection = 'projection_checkpoints';

interface Generation {
  readonly generation: number;
  readonly version: number;
  readonly startedAt: string;
}

interface RegistryEntry extends ReadModelDocument {
  readonly active: Generation;
  readonly building: Generation | null;
  readonly nextGeneration: number;
}

interface CheckpointDocument extends ReadModelDocument {
  readonly position: number;
}

export interface ProjectionLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions {
  /** Events applied in one read-model transaction while catching up. */
  readonly batchSize?: number;
  readonly retryMinMs?: number;
  readonly retryMaxMs?: number;
  readonly now?: () => Date;
  readonly logger?: ProjectionLogger;
}

export interface ProjectionReader {
  get<T extends ReadModelDocument>(collection: string, id: string): Promise<T | undefined>;
  find<T extends ReadModelDocument>(collection: string, query?: FindQuery): Promise<Page<T>>;
}

const physicalName = (projection: Projection, collection: string, generation: number) =>
  projection.replay === 'never' ? collection : `${collection}_g${generation}`;
const checkpointId = (projection: string, generation: number) => `${projection}_g${generation}`;

/**
 * One durable catch-up subscription per projection generation ("lane"). Each batch of events is applied through a
 * write-behind writer whose writes are committed in one read-store transaction together with the lane's checkpoint,
 * so a crash replays at most an uncommitted batch and never skips one. A rebuild runs a second lane into fresh collections beside the live one and switches queries over
 * once it has caught up (blue/green), so the portal keeps serving throughout.
 */
export class ProjectionRunner {
  private readonly projections = new Map<string, Projection>();
  private readonly registry = new Map<string, RegistryEntry>();
  private readonly activeLanes = new Map<string, Lane>();
  private readonly buildingLanes = new Map<string, Lane>();
  private readonly checkpointWaiters = new Set<() => void>();
  private readonly rebuildWaiters = new Map<string, Array<() => void>>();
  readonly batchSize: number;
  readonly retryMinMs: number;
  readonly retryMaxMs: number;
  readonly now: () => Date;
  readonly logger: ProjectionLogger;
  private started = false;

  constructor(
    readonly events: EventStore,
    readonly readStore: ReadStore,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    // Collections are named by what they hold, not by their projection: two projections writing one collection
    // would overwrite each other's documents without a word, so that is refused here.
    const owners = new Map<string, string>();
    for (const projection of projections) {
      if (this.projections.has(projection.name)) throw new Error(`Two projections are named ${projection.name}`);
      this.projections.set(projection.name, projection);
      for (const collection of Object.keys(projection.collections)) {
        const owner = owners.get(collection);
        if (owner)
          throw new Error(`Projections ${owner} and ${projection.name} both declare the collection ${collection}`);
        owners.set(collection, projection.name);
      }
    }
    this.batchSize = options.batchSize ?? 1000;
    this.retryMinMs = options.retryMinMs ?? 500;
    this.retryMaxMs = options.retryMaxMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? { log: () => undefined, warn: () => undefined, error: () => undefined };
  }

  get names(): string[] {
    return [...this.projections.keys()];
  }

  /** Prepares collections and registry entries, then starts every lane; resolves before catching up finishes. */
  async start(options: { lanes?: boolean } = {}): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.readStore.ensureCollection(registryCollection);
    await this.readStore.ensureCollection(checkpointCollection);
    for (const projection of this.projections.values()) {
      let entry = await this.readStore.get<RegistryEntry>(registryCollection, projection.name);
      if (!entry) {
        entry = {
          id: projection.name,
          active: this.generation(1, projection.version),
          building: null,
          nextGeneration: 2,
        };
        await this.ensureCollections(projection, 1);
        // A new reactor reacts to what happens from now on, not to the whole history.
        const head = projection.replay === 'never' ? await this.events.headPosition() : 0;
        await this.readStore.transaction(async (writer) => {
          await writer.upsert(registryCollection, entry as RegistryEntry);
          if (head > 0) await this.saveCheckpoint(writer, projection.name, 1, head);
        });
      } else if (projection.replay === 'never' && entry.active.version !== projection.version) {
        entry = { ...entry, active: { ...entry.active, version: projection.version } };
        await this.readStore.transaction((writer) => writer.upsert(registryCollection, entry as RegistryEntry));
      } else if (entry.active.version !== projection.version && entry.building?.version !== projection.version) {
        this.logger.log(
          `Projection ${projection.name} changed from v${entry.active.version} to v${projection.version}: rebuilding beside the live one`,
        );
        entry = await this.beginBuilding(projection, entry);
      }
      this.registry.set(projection.name, entry);
      await this.ensureCollections(projection, entry.active.generation);
      if (entry.building) await this.ensureCollections(projection, entry.building.generation);
    }
    if (options.lanes === false) return;
    for (const projection of this.projections.values()) this.startLanes(projection);
  }

  async stop(): Promise<void> {
    const lanes = [...this.activeLanes.values(), ...this.buildingLanes.values()];
    this.activeLanes.clear();
    this.buildingLanes.clear();
    await Promise.all(lanes.map((lane) => lane.stop()));
    this.started = false;
  }

  reader(projectionName: string): ProjectionReader {
    const projection = this.projection(projectionName);
    const physical = (collection: string) => {
      if (!(collection in projection.collections))
        throw new Error(`Projection ${projection.name} has no collection ${collection}`);
      return physicalName(projection, collection, this.entry(projection.name).active.generation);
    };
    return {
      get: (collection, id) => this.readStore.get(physical(collection), id),
      find: (collection, query) => this.readStore.find(physical(collection), query),
    };
  }

  /** Resolves true once every named projection has applied the event at `position`, false after the timeout. */
  async waitForPosition(projectionNames: readonly string[], position: number, timeoutMs: number): Promise<boolean> {
    const reached = () =>
      projectionNames.every((name) => {
        const lane = this.activeLanes.get(this.projection(name).name);
        return lane !== undefined && lane.checkpoint >= position;
      });
    if (reached()) return true;
    return new Promise<boolean>((resolve) => {
      const check = () => {
        if (!reached()) return;
        finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      const finish = (result: boolean) => {
        clearTimeout(timer);
        this.checkpointWaiters.delete(check);
        resolve(result);
      };
      this.checkpointWaiters.add(check);
    });
  }

  /** Starts a blue/green rebuild (or returns the one under way). */
  async rebuild(projectionName: string): Promise<RebuildStatus> {
    const projection = this.projection(projectionName);
    if (projection.replay === 'never') throw new ProjectionNotRebuildableError(projection.name);
    if (!this.buildingLanes.has(projection.name)) {
      const entry = await this.beginBuilding(projection, this.entry(projection.name));
      this.registry.set(projection.name, entry);
      this.startLanes(projection);
    }
    return (await this.statusOf(projection)).rebuild as RebuildStatus;
  }

  /** Resolves when the rebuild under way has switched over (at once when there is none). */
  whenRebuilt(projectionName: string): Promise<void> {
    const name = this.projection(projectionName).name;
    if (!this.buildingLanes.has(name)) return Promise.resolve();
    return new Promise((resolve) => this.rebuildWaiters.set(name, [...(this.rebuildWaiters.get(name) ?? []), resolve]));
  }

  async status(): Promise<ProjectionStatus[]> {
    return Promise.all([...this.projections.values()].map((projection) => this.statusOf(projection)));
  }

  private async statusOf(projection: Projection): Promise<ProjectionStatus> {
    const entry = this.entry(projection.name);
    const head = await this.events.headPosition();
    const active = this.activeLanes.get(projection.name);
    const activeCheckpoint =
      active?.checkpoint ?? (await this.storedCheckpoint(projection.name, entry.active.generation));
    const lagEvents = activeCheckpoint >= head ? 0 : await this.events.countAfter(activeCheckpoint, 1_000_000);
    let lagMs = 0;
    if (lagEvents > 0) {
      const [next] = await this.events.readAll({ after: activeCheckpoint, maxCount: 1 });
      if (next) lagMs = Math.max(0, this.now().getTime() - Date.parse(next.recordedAt));
    }
    const building = this.buildingLanes.get(projection.name);
    let rebuild: RebuildStatus | null = null;
    if (building && entry.building) {
      const remainingEvents =
        building.checkpoint >= head ? 0 : await this.events.countAfter(building.checkpoint, 100_000_000);
      const rate = building.eventsPerSecond();
      rebuild = {
        ...building.status(),
        startedAt: entry.building.startedAt,
        remainingEvents,
        etaSeconds: rate > 0 ? Math.ceil(remainingEvents / rate) : null,
      };
    }
    return {
      name: projection.name,
      rebuildable: projection.replay !== 'never',
      version: projection.version,
      head,
      lagEvents,
      lagMs,
      active: active
        ? active.status()
        : {
            generation: entry.active.generation,
            version: entry.active.version,
            state: 'stopped',
            checkpoint: activeCheckpoint,
            processedEvents: 0,
            eventsPerSecond: 0,
            failures: 0,
          },
      rebuild,
    };
  }

  private startLanes(projection: Projection): void {
    const entry = this.entry(projection.name);
    if (entry.active.version === projection.version && !this.activeLanes.has(projection.name)) {
      const lane = new Lane(this, projection, entry.active.generation, entry.active.version, 'active');
      this.activeLanes.set(projection.name, lane);
      lane.start();
    }
    if (entry.building && !this.buildingLanes.has(projection.name)) {
      const lane = new Lane(this, projection, entry.building.generation, entry.building.version, 'building');
      this.buildingLanes.set(projection.name, lane);
      lane.start();
    }
  }

  private async beginBuilding(projection: Projection, entry: RegistryEntry): Promise<RegistryEntry> {
    if (entry.building) {
      // A rebuild left by a stopped process: throw its partial work away and start clean.
      await this.dropGeneration(projection, entry.building.generation);
    }
    const building = this.generation(entry.nextGeneration, projection.version);
    await this.ensureCollections(projection, building.generation);
    const next: RegistryEntry = { ...entry, building, nextGeneration: entry.nextGeneration + 1 };
    await this.readStore.transaction((writer) => writer.upsert(registryCollection, next));
    return next;
  }

  /** Called by a building lane after each batch: switches queries over once it has reached the head. */
  async maybeSwitch(lane: Lane): Promise<boolean> {
    const projection = lane.projection;
    const entry = this.entry(projection.name);
    if (!entry.building || entry.building.generation !== lane.generation) return false;
    if (lane.checkpoint < (await this.events.headPosition())) return false;
    const retired = entry.active;
    const next: RegistryEntry = { ...entry, active: entry.building, building: null };
    await this.readStore.transaction((writer) => writer.upsert(registryCollection, next));
    this.registry.set(projection.name, next);
    const previous = this.activeLanes.get(projection.name);
    this.activeLanes.set(projection.name, lane);
    this.buildingLanes.delete(projection.name);
    lane.role = 'active';
    this.logger.log(`Projection ${projection.name} v${lane.version} generation ${lane.generation} is live`);
    void (async () => {
      await previous?.stop();
      await this.dropGeneration(projection, retired.generation);
    })().catch((error: unknown) =>
      this.logger.warn(`Could not drop generation ${retired.generation} of ${projection.name}: ${String(error)}`),
    );
    for (const resolve of this.rebuildWaiters.get(projection.name) ?? []) resolve();
    this.rebuildWaiters.delete(projection.name);
    this.checkpointAdvanced();
    return true;
  }

  checkpointAdvanced(): void {
    for (const check of [...this.checkpointWaiters]) check();
  }

  async storedCheckpoint(projectionName: string, generation: number): Promise<number> {
    return (
      (await this.readStore.get<CheckpointDocument>(checkpointCollection, checkpointId(projectionName, generation)))
        ?.position ?? 0
    );
  }

  writerFor(projection: Projection, generation: number): BatchWriter {
    return new BatchWriter(this.readStore, (collection: string) => {
      if (!(collection in projection.collections))
        throw new Error(`Projection ${projection.name} has no collection ${collection}`);
      return physicalName(projection, collection, generation);
    });
  }

  async saveCheckpoint(
    writer: ReadStoreWriter,
    projectionName: string,
    generation: number,
    position: number,
  ): Promise<void> {
    await writer.upsert(checkpointCollection, { id: checkpointId(projectionName, generation), position });
  }

  private async ensureCollections(projection: Projection, generation: number): Promise<void> {
    for (const [collection, spec] of Object.entries(projection.collections)) {
      await this.readStore.ensureCollection(physicalName(projection, collection, generation), spec);
    }
  }

  private async dropGeneration(projection: Projection, generation: number): Promise<void> {
    for (const collection of Object.keys(projection.collections))
      await this.readStore.dropCollection(physicalName(projection, collection, generation));
    await this.readStore.transaction((writer) =>
      writer.delete(checkpointCollection, checkpointId(projection.name, generation)),
    );
  }

  private generation(generation: number, version: number): Generation {
    return { generation, version, startedAt: this.now().toISOString() };
  }

  private projection(name: string): Projection {
    const projection = this.projections.get(name);
    if (!projection) throw new UnknownProjectionError(name);
    return projection;
  }

  private entry(name: string): RegistryEntry {
    const entry = this.registry.get(name);
    if (!entry) throw new Error(`The projection runner has not started ${name}`);
    return entry;
  }
}

export class ProjectionNotRebuildableError extends Error {
  constructor(readonly projectionName: string) {
    super(`${projectionName} reacts with effects (such as emails) and is never replayed`);
    this.name = 'ProjectionNotRebuildableError';
  }
}

export class UnknownProjectionError extends Error {
  constructor(readonly projectionName: string) {
    super(`There is no projection named ${projectionName}`);
    this.name = 'UnknownProjectionError';
  }
}

class Lane {
  /** How long a lane may keep a checkpoint that moved past events it ignores without storing it. */
  static readonly checkpointSaveIntervalMs = 5000;
  checkpoint = 0;
  private checkpointSavedAt = 0;
  private state: LaneState = 'starting';
  private processed = 0;
  private failures = 0;
  private lastError: string | undefined;
  private subscription: EventSubscription | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  private readonly rateWindow: Array<{ at: number; processed: number }> = [];
  private readonly handled: ReadonlySet<string>;

  constructor(
    private readonly runner: ProjectionRunner,
    readonly projection: Projection,
    readonly generation: number,
    readonly version: number,
    public role: 'active' | 'building',
  ) {
    this.handled = new Set(projection.eventTypes);
  }

  start(): void {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.subscription?.close();
    await this.running;
    this.state = 'stopped';
  }

  status(): LaneStatus {
    return {
      generation: this.generation,
      version: this.version,
      state: this.state,
      checkpoint: this.checkpoint,
      processedEvents: this.processed,
      eventsPerSecond: Math.round(this.eventsPerSecond()),
      failures: this.failures,
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  eventsPerSecond(): number {
    const first = this.rateWindow[0];
    const last = this.rateWindow[this.rateWindow.length - 1];
    if (!first || !last || last.at === first.at) return 0;
    return ((last.processed - first.processed) * 1000) / (last.at - first.at);
  }

  private async run(): Promise<void> {
    this.checkpoint = await this.runner.storedCheckpoint(this.projection.name, this.generation);
    this.runner.checkpointAdvanced();
    let attempt = 0;
    while (!this.stopped) {
      this.state = 'catching-up';
      this.subscription = this.runner.events.subscribeToAll({
        after: this.checkpoint,
        batchSize: this.runner.batchSize,
      });
      try {
        for await (const batch of this.subscription) {
          if (this.stopped) break;
          if (batch.length > 0) {
            await this.apply(batch);
            attempt = 0;
            this.lastError = undefined;
            continue;
          }
          this.state = 'live';
          if (this.role === 'building') await this.runner.maybeSwitch(this);
        }
      } catch (error) {
        if (this.stopped) break;
        attempt += 1;
        this.failures += 1;
        this.state = 'failed';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.runner.logger.error(
          `Projection ${this.projection.name} g${this.generation} failed at ${this.checkpoint}: ${this.lastError}`,
        );
        await this.subscription.close();
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(this.runner.retryMaxMs, this.runner.retryMinMs * 2 ** (attempt - 1))),
        );
      }
    }
    await this.subscription?.close();
  }

  private async apply(batch: readonly RecordedEvent[]): Promise<void> {
    const last = batch[batch.length - 1];
    if (!last || last.position <= this.checkpoint) return;
    const from = this.checkpoint;
    const relevant = batch.filter((event) => event.position > from && this.handled.has(event.type));
    // A batch of nothing this lane reads writes nothing: its checkpoint moves on in memory (read-your-writes sees
    // it) and is stored with the next batch that writes, or after a while. Every lane reads every event, so storing
    // each of their checkpoints for each event was most of the portal's durable commits; replaying events a lane
    // ignores after a crash costs nothing.
    if (relevant.length === 0 && Date.now() - this.checkpointSavedAt < Lane.checkpointSaveIntervalMs) {
      this.advanceTo(last.position, batch.length);
      return;
    }
    const projectionWriter = this.runner.writerFor(this.projection, this.generation);
    for (const event of relevant) await this.projection.apply(event, projectionWriter);
    // A crash replays an unstored batch (applying twice changes nothing), so its commit needs no fsync of its own.
    await this.runner.readStore.transaction(
      async (writer) => {
        await projectionWriter.flush(writer);
        await this.runner.saveCheckpoint(writer, this.projection.name, this.generation, last.position);
      },
      { durability: 'relaxed' },
    );
    this.checkpointSavedAt = Date.now();
    this.advanceTo(last.position, batch.length);
  }

  private advanceTo(position: number, events: number): void {
    this.checkpoint = position;
    this.processed += events;
    const now = Date.now();
    this.rateWindow.push({ at: now, processed: this.processed });
    while (this.rateWindow.length > 2 && (this.rateWindow[0]?.at ?? now) < now - 5000) this.rateWindow.shift();
    this.runner.checkpointAdvanced();
  }
}
