import { NestFactory } from '@nestjs/core';
import { ProjectionsService } from '@lexport/shared-platform';
import type { LexportConfig } from '@lexport/shared-platform';
import type { ProjectionStatus, RebuildStatus } from '@lexport/shared-projections';
import { SingleBar } from 'cli-progress';
import { AppModule } from '../app.module';

const usage = 'Usage: npm run projections -- status | rebuild <name> | rebuild --all';

/** Where the work happens: through a running portal's operations API, or in this process when none runs. */
interface ProjectionsHost {
  readonly description: string;
  status(): Promise<ProjectionStatus[]>;
  rebuild(name: string): Promise<RebuildStatus>;
  close(): Promise<void>;
}

export async function runProjectionsCli(config: LexportConfig, args: readonly string[]): Promise<number> {
  const [action, target] = args;
  if (action !== 'status' && action !== 'rebuild') {
    console.error(usage);
    return 2;
  }
  if (action === 'rebuild' && !target) {
    console.error(usage);
    return 2;
  }
  let host: ProjectionsHost;
  try {
    host = await connect(config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  try {
    console.log(`Projections of ${host.description}`);
    if (action === 'status') {
      printStatus(await host.status());
      return 0;
    }
    const statuses = await host.status();
    const names =
      target === '--all'
        ? statuses.filter((status) => status.rebuildable).map((status) => status.name)
        : [target as string];
    for (const name of names) {
      if (!statuses.some((status) => status.name === name)) {
        console.error(
          `There is no projection named '${name}'. Known: ${statuses.map((status) => status.name).join(', ')}`,
        );
        return 1;
      }
      await rebuildWithProgress(host, name);
    }
    printStatus(await host.status());
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await host.close();
  }
}

async function connect(config: LexportConfig): Promise<ProjectionsHost> {
  const baseUrl = (
    process.env['LEXPORT_URL'] ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`
  ).replace(/\/$/, '');
  const running = await fetch(`${baseUrl}/api/health/live`, { signal: AbortSignal.timeout(1500) }).then(
    (response) => response.ok,
    () => false,
  );
  if (running) {
    if (!config.operatorToken) {
      throw new Error(
        `The portal is running at ${baseUrl}. Set OPERATOR_TOKEN (the one it was started with) to work through it, or stop it first.`,
      );
    }
    return remoteHost(baseUrl, config.operatorToken);
  }
  return localHost(config);
}

function remoteHost(baseUrl: string, token: string): ProjectionsHost {
  const call = async <T>(method: string, path: string): Promise<T> => {
    const response = await fetch(`${baseUrl}/api/operations/projections${path}`, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
    const body = (await response.json().catch(() => ({}))) as { detail?: string };
    if (!response.ok)
      throw new Error(`${method} ${path || '/'} failed (${response.status}): ${body.detail ?? response.statusText}`);
    return body as T;
  };
  return {
    description: `the running portal at ${baseUrl}`,
    status: () => call('GET', ''),
    rebuild: (name) => call('POST', `/${encodeURIComponent(name)}/rebuild`),
    close: async () => undefined,
  };
}

async function localHost(config: LexportConfig): Promise<ProjectionsHost> {
  // Lanes run here (the outbox still queues), but only the portal sends email.
  process.env['LEXPORT_ROLE'] = 'cli';
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, demoData: false }), {
    logger: ['error', 'warn'],
  });
  const projections = app.get(ProjectionsService);
  await projections.start();
  return {
    description: `${config.eventStoreUrl ? 'EventStoreDB' : config.sqlitePath} (no portal running; working in this process)`,
    status: () => projections.status(),
    rebuild: (name) => projections.rebuild(name),
    close: () => app.close(),
  };
}

async function rebuildWithProgress(host: ProjectionsHost, name: string): Promise<void> {
  const started = await host.rebuild(name);
  const bar = new SingleBar({
    format: `${name.padEnd(24)} {bar} {percentage}% | {value}/{total} events | {speed} events/s | ETA {eta_formatted}`,
    noTTYOutput: true,
    notTTYSchedule: 2000,
    hideCursor: true,
  });
  bar.start(Math.max(1, started.processedEvents + started.remainingEvents), started.processedEvents, { speed: 0 });
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const status = (await host.status()).find((candidate) => candidate.name === name);
    const rebuild = status?.rebuild;
    if (!rebuild || rebuild.generation !== started.generation) {
      bar.setTotal(Math.max(1, bar.getTotal()));
      bar.update(bar.getTotal(), { speed: 0 });
      bar.stop();
      if (status?.active?.generation !== started.generation) throw new Error(`The rebuild of ${name} did not complete`);
      return;
    }
    bar.setTotal(Math.max(1, rebuild.processedEvents + rebuild.remainingEvents));
    bar.update(rebuild.processedEvents, { speed: rebuild.eventsPerSecond });
  }
}

function printStatus(statuses: readonly ProjectionStatus[]): void {
  const rows = statuses.map((status) => ({
    projection: status.name,
    version:
      status.active?.version === status.version
        ? `v${status.version}`
        : `v${status.active?.version} → v${status.version}`,
    kind: status.rebuildable ? 'read model' : 'reactor',
    generation: status.active?.generation ?? '-',
    state: status.active?.state ?? '-',
    checkpoint: status.active?.checkpoint ?? 0,
    head: status.head,
    'lag (events)': status.lagEvents,
    'lag (ms)': status.lagMs,
    rebuild: status.rebuild
      ? `g${status.rebuild.generation} ${status.rebuild.processedEvents} done, ${status.rebuild.remainingEvents} to go`
      : '',
    error: status.active?.lastError ?? '',
  }));
  console.table(rows);
}
