// Each jest project appends its counts here; tools/test.mjs adds them up into the one closing line CI reads.
const fs = require('node:fs');
const path = require('node:path');

class JestSummaryReporter {
  constructor(globalConfig) {
    this.file = process.env.LEXPORT_TEST_SUMMARY;
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    if (!this.file) return;
    const skippedSuites = [];
    for (const suite of results.testResults) {
      for (const test of suite.testResults) {
        if (test.status === 'pending' || test.status === 'skipped')
          skippedSuites.push(test.ancestorTitles.concat(test.title).join(' › '));
      }
    }
    const entry = {
      project: path.relative(process.cwd(), this.rootDir) || '.',
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
      skippedTests: skippedSuites,
    };
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.appendFileSync(this.file, JSON.stringify(entry) + '\n');
  }
}

module.exports = JestSummaryReporter;
