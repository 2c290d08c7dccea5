import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { InputError } from '../errors';

/** Reads a file the user named; a missing or unreadable file is bad input (`what` says what it was for). */
export async function readInputFile(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError([`${file}: cannot read ${what}: ${(error as Error).message}`]);
  }
}

/** Reads and parses a JSON file the user named; unreadable or malformed, it is bad input naming the file. */
export async function readJsonInputFile(file: string, what: string): Promise<unknown> {
  const text = await readInputFile(file, what);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError([`${file}: the ${what} is not JSON: ${(error as Error).message}`]);
  }
}

/** Writes through a temporary file and a rename, so that readers never see half a file. */
export async function writeTextAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

export function writeJsonAtomically(path: string, value: unknown): Promise<void> {
  return writeTextAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
}
