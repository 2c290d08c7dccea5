import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../runtime/file-tree';
import type { ScanDocument } from '../engine';

/** Bytes read to decide whether a file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;
/** Files read at once: enough to keep the disk and the thread pool busy while the scan runs. */
const READS_IN_FLIGHT = 32;
export interface TextFile {
  /** Relative to the scanned folder, with `/` separators. */
  path: string;
  text: string;
}

/**
 * Every text file below `root`, read many at a time (one read each: the binary check looks at the
 * bytes already read), yielded as they arrive. Binary files are listed in `binaryFiles`.
 */
export async function* textFiles(
  root: string,
  skip: (path: string) => boolean,
  binaryFiles: string[],
): AsyncGenerator<TextFile> {
  const paths = await listFiles(root, skip);
  const pending = new Map<number, Promise<{ path: string; content: Buffer }>>();
  let next = 0;
  const start = () => {
    const index = next++;
    const path = paths[index] as string;
    pending.set(
      index,
      readFile(join(root, path)).then((content) => ({ path, content })),
    );
  };
  while (next < paths.length && pending.size < READS_IN_FLIGHT) start();
  for (let index = 0; index < paths.length; index++) {
    const { path, content } = await (pending.get(index) as Promise<{ path: string; content: Buffer }>);
    pending.delete(index);
    if (next < paths.length) start();
    if (isBinary(content)) binaryFiles.push(path);
    else yield { path, text: content.toString('utf8') };
  }
}

/** A file's lines are split only if the scanner asks for them. */
export function fileDocument(path: string, text: string): ScanDocument {
  let lines: string[] | undefined;
  return {
    text,
    get lines() {
      lines ??= text.split(/\r?\n/);
      return lines;
    },
    originOf: (index) => ({ path, line: index + 1 }),
  };
}

/** git's rule: a NUL byte among the first 8000. */
export function isBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}
