// `npm test`: lint, type-check, unit, integration and browser e2e tests, then one closing line with the counts.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { nx, root, run } from './lib.mjs';

const summaryFile = join(root, 'test-output/summary.jsonl');
rmSync(summaryFile, { force: true });
process.env.LEXPORT_TEST_SUMMARY = summaryFile;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian chromium for the browser tests ...');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!existsSync(chromium)) {
    console.error(
      `The browser tests need Chromium at ${chromium}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}

const steps = [
  ['formatting (Prettier)', ['format:check', '--all']],
  ['lint and type-check', ['run-many', '-t', 'lint', 'typecheck', '--parallel=2', '--output-style=static']],
  ['unit and integration tests', ['run-many', '-t', 'test', '--parallel=1', '--output-style=static']],
  ['browser e2e tests', ['run', 'web-e2e:e2e', '--output-style=static']],
];
const failedSteps = [];
for (const [name, args] of steps) {
  console.log(`\n=== ${name} ===`);
  if (nx(args) !== 0) failedSteps.push(name);
}

const entries = existsSync(summaryFile)
  ? readFileSync(summaryFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const total = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== summary ===');
for (const entry of entries) {
  total.passed += entry.passed;
  total.failed += entry.failed;
  total.skipped += entry.skipped;
  console.log(
    `${entry.project.padEnd(44)} ${String(entry.passed).padStart(4)} passed ${String(entry.failed).padStart(3)} failed ${String(entry.skipped).padStart(3)} skipped`,
  );
  for (const skipped of entry.skippedTests) console.log(`    skipped: ${skipped}`);
}
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (entries.length === 0) console.log('\nNo test results were recorded.');
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(failedSteps.length > 0 || total.failed > 0 || total.passed === 0 ? 1 : 0);
