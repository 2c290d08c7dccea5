/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Fixtures are files the tests read, some of them named like tests.
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
  // Type checking is `npm run typecheck`'s job; here each file is only transpiled.
  transform: { '^.+\\.ts$': ['ts-jest', { isolatedModules: true }] },
  reporters: ['default', '<rootDir>/test/support/closing-line-reporter.js'],
  setupFiles: ['<rootDir>/test/support/env.js'],
  testTimeout: 60000,
};
