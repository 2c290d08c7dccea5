/**
 * Source code, where a literal string is always quoted, as opposed to configuration (`.env`,
 * YAML, properties, shell, Dockerfiles, Markdown) where a value often is not.
 */
const SOURCE_CODE_EXTENSIONS = new Set([
  'c',
  'cc',
  'cjs',
  'clj',
  'cpp',
  'cs',
  'cts',
  'dart',
  'erl',
  'ex',
  'exs',
  'fs',
  'go',
  'gradle',
  'groovy',
  'h',
  'hcl',
  'hpp',
  'java',
  'js',
  'jsx',
  'kt',
  'kts',
  'lua',
  'm',
  'mjs',
  'mts',
  'php',
  'py',
  'rb',
  'rs',
  'scala',
  'svelte',
  'swift',
  'tf',
  'ts',
  'tsx',
  'vue',
]);

export function isSourceCode(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && SOURCE_CODE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}
