import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Rampart checkout this code runs from. Both the sources (src/<dir>/) and the bundles
 * (dist/<name>/index.js) sit two levels below it, so one expression serves both.
 */
export const INSTALL_ROOT = join(__dirname, '..', '..');

/** This installation's version, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(INSTALL_ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;
}
