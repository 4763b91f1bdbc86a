// `npm run bench`: figures, not a pass/fail test. Writes bench/results.json.
import { join } from 'node:path';
import { nx, root, run } from './lib.mjs';

const built = nx(['run', 'bench:build', '--output-style=static']);
if (built !== 0) process.exit(built);
process.exit(run(process.execPath, [join(root, 'dist/apps/bench/main.js')]));
