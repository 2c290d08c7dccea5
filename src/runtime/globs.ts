import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

/**
 * The files matching each pattern (a path, or a glob such as `results/*.json`), relative to `root`,
 * sorted, each once. A pattern that matches nothing is reported, so that a typo cannot pass silently.
 */
export async function expandPatterns(
  patterns: string[],
  root: string,
): Promise<{ files: string[]; unmatched: string[] }> {
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of patterns) {
    const matches = picomatch.scan(pattern).isGlob
      ? await globFiles(pattern, root)
      : [pattern].filter((path) => existsSync(resolve(root, path)));
    if (matches.length === 0) unmatched.push(pattern);
    for (const match of matches) files.add(match);
  }
  return { files: [...files].sort(), unmatched };
}

async function globFiles(pattern: string, root: string): Promise<string[]> {
  const { base } = picomatch.scan(pattern);
  const isMatch = picomatch(pattern, { dot: true });
  const entries = await readdir(join(root, base), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => isMatch(path));
}
