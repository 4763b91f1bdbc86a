// `npm run projections -- status | rebuild <name> | rebuild --all`
import { join } from 'node:path';
import { dataDirectory, nx, operatorToken, root, run } from './lib.mjs';

const built = nx(['run', 'api:build', '--output-style=static', '--verbose=false']);
if (built !== 0) process.exit(built);
const data = dataDirectory();
process.exit(
  run(process.execPath, [join(root, 'dist/apps/api/main.js'), 'projections', ...process.argv.slice(2)], {
    env: { LOG_LEVEL: 'warn', ...process.env, LEXPORT_DATA_DIR: data, OPERATOR_TOKEN: operatorToken(data) },
  }),
);
