import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Folders that hold other people's code or git's own data. */
const NEVER_LISTED = new Set(['.git', 'node_modules']);

/**
 * Every file below `root` (relative, `/`-separated), without symbolic links, skipped paths, `.git` or
 * `node_modules`. `counted` hears how many were found so far, as the walk goes.
 */
export async function listFiles(
  root: string,
  skip: (path: string) => boolean,
  counted?: (files: number) => void,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    const folders: string[] = [];
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (NEVER_LISTED.has(entry.name) || entry.isSymbolicLink() || skip(path)) continue;
      if (entry.isDirectory()) folders.push(path);
      else if (entry.isFile()) files.push(path);
    }
    counted?.(files.length);
    await Promise.all(folders.map(walk));
  };
  await walk('');
  return files.sort();
}
