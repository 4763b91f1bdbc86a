import { execFileSync } from 'node:child_process';
import { GenericContainer, Wait } from 'testcontainers';
import type { StartedTestContainer } from 'testcontainers';

export type RealEngine = 'eventstoredb' | 'mongodb';

export type RealEngineAvailability =
  | { readonly available: true; readonly source: 'environment' | 'testcontainers'; start(): Promise<StartedEngine> }
  | { readonly available: false; readonly reason: string };

export interface StartedEngine {
  readonly url: string;
  stop(): Promise<void>;
}

const environmentVariable: Record<RealEngine, string> = { eventstoredb: 'EVENTSTORE_URL', mongodb: 'MONGO_URL' };

let runtimeProbe: { found: boolean; detail: string } | undefined;

/**
 * Asks testcontainers itself whether a container runtime answers. It runs in a child process because jest must
 * know synchronously whether to declare or skip a suite.
 */
function containerRuntime(): { found: boolean; detail: string } {
  if (runtimeProbe) return runtimeProbe;
  try {
    execFileSync(
      process.execPath,
      [
        '-e',
        "require('testcontainers').getContainerRuntimeClient().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); })",
      ],
      { stdio: ['ignore', 'ignore', 'pipe'], timeout: 20_000, env: { ...process.env, DEBUG: '' } },
    );
    runtimeProbe = { found: true, detail: '' };
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split('\n').pop();
    runtimeProbe = { found: false, detail: stderr || 'no container runtime' };
  }
  return runtimeProbe;
}

export function realEngine(engine: RealEngine): RealEngineAvailability {
  const url = process.env[environmentVariable[engine]];
  if (url) {
    return { available: true, source: 'environment', start: async () => ({ url, stop: async () => undefined }) };
  }
  const runtime = containerRuntime();
  if (!runtime.found) {
    return {
      available: false,
      reason: `${environmentVariable[engine]} is not set and testcontainers found no container runtime (${runtime.detail})`,
    };
  }
  return { available: true, source: 'testcontainers', start: () => startContainer(engine) };
}

async function startContainer(engine: RealEngine): Promise<StartedEngine> {
  let container: StartedTestContainer;
  if (engine === 'eventstoredb') {
    container = await new GenericContainer('docker.kurrent.io/kurrent-latest/kurrentdb:25.1')
      .withEnvironment({ KURRENTDB_INSECURE: 'true', KURRENTDB_RUN_PROJECTIONS: 'None', KURRENTDB_MEM_DB: 'true' })
      .withExposedPorts(2113)
      .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
      .start();
    return {
      url: `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`,
      stop: async () => void (await container.stop()),
    };
  }
  container = await new GenericContainer('mongo:8')
    .withCommand(['--replSet', 'rs0', '--bind_ip_all'])
    .withExposedPorts(27017)
    .withWaitStrategy(Wait.forLogMessage(/Waiting for connections/))
    .start();
  await container.exec([
    'mongosh',
    '--quiet',
    '--eval',
    "rs.initiate({_id:'rs0',members:[{_id:0,host:'localhost:27017'}]})",
  ]);
  return {
    url: `mongodb://${container.getHost()}:${container.getMappedPort(27017)}/?directConnection=true`,
    stop: async () => void (await container.stop()),
  };
}

/** Declares the suite when the engine is reachable, otherwise a skipped test whose name carries the reason. */
export function describeWithRealEngine(engine: RealEngine, title: string, body: (url: () => string) => void): void {
  const availability = realEngine(engine);
  if (!availability.available) {
    describe(title, () => {
      it.skip(`skipped: ${availability.reason}`, () => undefined);
    });
    return;
  }
  describe(`${title} (${availability.source})`, () => {
    let started: StartedEngine | undefined;
    beforeAll(async () => {
      started = await availability.start();
    }, 180_000);
    afterAll(async () => {
      await started?.stop();
    });
    body(() => {
      if (!started) throw new Error(`${engine} did not start`);
      return started.url;
    });
  });
}
