// Helpers shared by the npm scripts (start, test, bench, projections). They run under Node 24 (tools/node24.sh).
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function nx(args) {
  return run(join(root, 'node_modules/.bin/nx'), args);
}

/** The operator token the portal and the projections CLI share on this machine, created once per data directory. */
export function operatorToken(dataDirectory) {
  if (process.env.OPERATOR_TOKEN) return process.env.OPERATOR_TOKEN;
  const file = join(dataDirectory, 'operator-token');
  if (!existsSync(file)) {
    mkdirSync(dataDirectory, { recursive: true });
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}

export function dataDirectory() {
  return resolve(root, process.env.LEXPORT_DATA_DIR ?? 'data');
}

export { spawn };
