// `npm start`: builds what changed (Nx cache), then runs the portal on the embedded store with demo data.
import { join } from 'node:path';
import { dataDirectory, nx, operatorToken, root, spawn } from './lib.mjs';

const status = nx(['run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static']);
if (status !== 0) process.exit(status);

const data = dataDirectory();
// Without SMTP_URL, emails stay in the development mailbox: a choice the portal requires to be explicit.
const mailbox = !process.env.SMTP_URL && process.env.DEV_MAILBOX === undefined;
const environment = {
  NODE_ENV: 'development',
  DEMO_DATA: 'true',
  LOG_LEVEL: 'warn',
  ...(mailbox ? { DEV_MAILBOX: 'true' } : {}),
  ...process.env,
  LEXPORT_DATA_DIR: data,
  OPERATOR_TOKEN: operatorToken(data),
};

const portal = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  env: environment,
  stdio: ['inherit', 'pipe', 'inherit'],
});
portal.stdout.on('data', (chunk) => {
  const text = chunk.toString();
  process.stdout.write(text);
  if (text.includes('API documentation:')) {
    process.stdout.write(
      [
        ...(environment.DEV_MAILBOX === 'true'
          ? [
              'Emails are not sent: they wait in the development mailbox (signed in as an admin, menu "Development mailbox"). Set SMTP_URL to send them.',
            ]
          : []),
        `Operator CLI: npm run projections -- status   (token in ${join(data, 'operator-token')})`,
        'Stop with Ctrl+C. Data stays in ' + data + ' (delete the folder to start afresh).',
        '',
      ].join('\n'),
    );
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => portal.kill(signal));
portal.on('exit', (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
