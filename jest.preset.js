const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  testTimeout: 30000,
  reporters: ['default', path.join(__dirname, 'tools/jest-summary-reporter.cjs')],
};
