import { open, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Bytes read to decide whether a file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;

export interface TextFile {
  /** Relative to the scanned folder, with `/` separators. */
  path: string;
  text: string;
}

/** Folders that hold other people's code or git's own data, never a repository's secrets. */
const NEVER_SCANNED = new Set(['.git', 'node_modules']);

/**
 * Every text file below `root`, in a stable order: `.git` and `node_modules` folders, symbolic
 * links and binary files are left out, as are the paths `skip` says (it receives the relative path).
 */
export async function* textFiles(
  root: string,
  skip: (path: string) => boolean,
  binaryFiles: string[],
): AsyncGenerator<TextFile> {
  const pending = [root];
  while (pending.length > 0) {
    const directory = pending.pop() as string;
    const entries = (await readdir(directory, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries.reverse()) {
      const absolute = join(directory, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (NEVER_SCANNED.has(entry.name) || entry.isSymbolicLink() || skip(path)) continue;
      if (entry.isDirectory()) pending.push(absolute);
      else if (entry.isFile()) {
        if (await isBinary(absolute)) binaryFiles.push(path);
        else yield { path, text: await readFile(absolute, 'utf8') };
      }
    }
  }
}

async function isBinary(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(BINARY_PROBE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, BINARY_PROBE_BYTES, 0);
    return buffer.subarray(0, bytesRead).includes(0);
  } finally {
    await handle.close();
  }
}
