import { InputError } from '../errors';
import { readJsonInputFile } from '../runtime/files';

/**
 * The fingerprints of a baseline: a JSON report of an earlier scan (`--format json`), whose
 * findings (and baselined findings) are known and being rotated.
 */
export async function loadBaseline(file: string): Promise<Set<string>> {
  const report = await readJsonInputFile(file, 'baseline');
  const lists = ['findings', 'baselined'].map((key) => (report as Record<string, unknown> | null)?.[key]);
  if (!Array.isArray(lists[0])) {
    throw new InputError([
      `${file}: a baseline is the JSON report of a scan (rampart secrets scan --format json --output ${file}): it has no "findings" list`,
    ]);
  }
  const fingerprints = lists
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((entry: unknown, index) => {
      const fingerprint = (entry as { fingerprint?: unknown } | null)?.fingerprint;
      if (typeof fingerprint !== 'string' || !/^[0-9a-f]{24}$/.test(fingerprint)) {
        throw new InputError([`${file}: finding ${index} has no fingerprint of 24 hexadecimal digits`]);
      }
      return fingerprint;
    });
  return new Set(fingerprints);
}
