import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Rampart checkout this code runs from: the nearest folder above this file with a package.json.
 * The sources (src/<dir>/), the CLI bundle (dist/cli/) and the actions' bundles
 * (actions/<name>/dist/) all sit below it, at different depths.
 */
export const INSTALL_ROOT = findInstallRoot(__dirname);

function findInstallRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'package.json'))) return directory;
    if (dirname(directory) === directory) return join(start, '..', '..');
  }
}

/** This installation's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(INSTALL_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}
