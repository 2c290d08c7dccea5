/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  setupFiles: ['<rootDir>/test/support/env.js'],
  testTimeout: 60000,
};
