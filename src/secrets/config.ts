import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readInputFile } from '../runtime/files';
import { BUILT_IN_RULES } from './rules';
import type { SecretRule } from './types';

/** Where the config is looked for when none is named. */
export const DEFAULT_CONFIG_FILE = '.rampart/secrets.yml';

export interface SecretsConfig {
  rules: SecretRule[];
  /** True for a path (relative, `/`-separated) that is never scanned. */
  skips(path: string): boolean;
  /** Fingerprints of findings that are not secrets, with the reason given. */
  allowed: Map<string, string>;
}

/** The built-in rules and nothing skipped or allowed: what a repository without a config gets. */
export function defaultSecretsConfig(): SecretsConfig {
  return { rules: BUILT_IN_RULES, skips: () => false, allowed: new Map() };
}

/**
 * Reads the config; `file` undefined means DEFAULT_CONFIG_FILE in `root`, if it exists. Every
 * problem is reported at once with file, line and field; a custom pattern RE2 refuses is one of them.
 * The YAML parser and schema validator are loaded only when there is a file to read.
 */
export async function loadSecretsConfig(file: string | undefined, root: string): Promise<SecretsConfig> {
  const path = file ?? join(root, DEFAULT_CONFIG_FILE);
  if (file === undefined && !existsSync(path)) return defaultSecretsConfig();
  const { parseSecretsConfig } = await import('./config-file');
  return parseSecretsConfig(await readInputFile(path, 'secrets config'), path);
}
