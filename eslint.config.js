// @ts-check
const eslint = require('@eslint/js');
const globals = require('globals');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  // Fixtures are data that tests read, in whatever language they stand for.
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', 'build/**', 'test/fixtures/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // ncc and wabt have no type declarations; they are loaded where they are used.
    files: ['scripts/bundles.ts', 'scripts/wasm.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
