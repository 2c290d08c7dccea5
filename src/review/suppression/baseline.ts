import { InputError } from '../../errors';
import { readJsonInputFile } from '../../runtime/files';

/**
 * The fingerprints of accepted findings: an earlier review's JSON report
 * (`rampart review --format json --output findings.json`: its findings and suppressed findings),
 * or a hand-written `{ "fingerprints": ["…"] }`. A missing or malformed file is bad input.
 */
export async function loadReviewBaseline(file: string): Promise<Set<string>> {
  return baselineFingerprints(await readJsonInputFile(file, 'baseline'), file);
}

export function baselineFingerprints(data: unknown, file: string): Set<string> {
  const report = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (report.command !== undefined && report.command !== 'review') {
    throw new InputError([
      `${file}: the baseline is the report of "rampart ${String(report.command)}", not of a review`,
    ]);
  }
  if (Array.isArray(report.fingerprints)) {
    return new Set(
      report.fingerprints.map((entry, index) => fingerprintText(entry, `fingerprints[${index}]`, file)),
    );
  }
  if (!Array.isArray(report.findings)) {
    throw new InputError([
      `${file}: a baseline is the JSON report of a review (rampart review --format json --output ${file}) or {"fingerprints": [...]}: it has neither a "findings" nor a "fingerprints" list`,
    ]);
  }
  const suppressed = Array.isArray(report.suppressed) ? report.suppressed : [];
  return new Set([
    ...report.findings.map((finding, index) => findingFingerprint(finding, `findings[${index}]`, file)),
    ...suppressed.map((entry, index) =>
      findingFingerprint(
        (entry as { finding?: unknown } | null)?.finding,
        `suppressed[${index}].finding`,
        file,
      ),
    ),
  ]);
}

function findingFingerprint(finding: unknown, where: string, file: string): string {
  return fingerprintText(
    (finding as { fingerprint?: unknown } | null)?.fingerprint,
    `${where}.fingerprint`,
    file,
  );
}

function fingerprintText(value: unknown, where: string, file: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InputError([
      `${file}: ${where} must be a finding's fingerprint (text), not ${JSON.stringify(value) ?? 'nothing'}`,
    ]);
  }
  return value;
}
