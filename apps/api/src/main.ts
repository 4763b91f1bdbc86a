import 'reflect-metadata';
import { ConfigurationError, loadConfig } from '@lexport/shared-platform';
import { demoOrganizations, demoPassword } from '@lexport/identity-module';
import { runProjectionsCli } from './cli/projections-cli';
import { createServer } from './server';

async function main(): Promise<void> {
  const config = loadConfig();
  const [command, ...args] = process.argv.slice(2);
  if (command === 'projections') {
    process.exitCode = await runProjectionsCli(config, args);
    return;
  }
  if (command !== undefined && command !== 'serve') {
    console.error(
      `Unknown command '${command}'. Use: serve | projections status | projections rebuild <name> | projections rebuild --all`,
    );
    process.exitCode = 2;
    return;
  }
  const { app, demoLogins } = await createServer(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const engines = `${config.eventStoreUrl ? 'EventStoreDB' : 'embedded SQLite'} events, ${config.mongoUrl ? 'MongoDB' : 'embedded SQLite'} read models`;
  process.stdout.write(
    `\nLexport is running at http://${host}:${port}/  (${engines}; data in ${config.eventStoreUrl ? 'servers' : config.sqlitePath})\n`,
  );
  if (demoLogins.length > 0) {
    process.stdout.write(`Demo sign-ins (development data; password for all: ${demoPassword}):\n`);
    const organizationName = (id: string) =>
      demoOrganizations.find((organization) => organization.organizationId === id)?.name ?? id;
    for (const login of demoLogins)
      process.stdout.write(
        `  ${login.email.padEnd(28)} ${login.roles.join(', ')}${login.organizationId ? ` of ${organizationName(login.organizationId)}` : ''}\n`,
      );
    const mailbox = config.developmentMailbox
      ? ` (emails land in the development mailbox, http://${host}:${port}/dev/mailbox, for admins)`
      : '';
    process.stdout.write(`Sign-up is open with approval: http://${host}:${port}/sign-up${mailbox}\n`);
  }
  const documentation = config.apiDocs ? `API documentation: http://${host}:${port}/api/docs  ·  ` : '';
  process.stdout.write(`${documentation}health: http://${host}:${port}/api/health\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
