import type { ReviewFinding, ReviewResult, RuleMeta } from '../../src/review/types';

/** Rules as the catalog describes them, for report and suppression tests. */
export const PATH_TRAVERSAL: RuleMeta = {
  id: 'path-traversal',
  cwe: ['CWE-22'],
  severity: 'high',
  title: 'Path traversal',
  description: 'A file path built from request data can reach files outside the intended folder.',
  remediation: 'Normalize the path and check that it stays inside the base folder.',
  fixedExample:
    'Path p = base.resolve(name).normalize();\nif (!p.startsWith(base)) throw new SecurityException();',
  helpUri: 'https://cwe.mitre.org/data/definitions/22.html',
  tags: ['injection', 'owasp-top10'],
  languages: ['java', 'python', 'javascript', 'typescript'],
  kind: 'taint',
};

export const WEAK_HASH: RuleMeta = {
  id: 'weak-hash',
  cwe: ['CWE-328'],
  severity: 'medium',
  title: 'Weak hash',
  description: 'MD5 and SHA-1 are broken for security use.',
  remediation: 'Use SHA-256 or a password hash such as bcrypt.',
  fixedExample: 'hashlib.sha256(data)',
  helpUri: 'https://cwe.mitre.org/data/definitions/328.html',
  tags: ['crypto'],
  languages: ['python'],
  kind: 'pattern',
};

export const HARDCODED_CREDENTIALS: RuleMeta = {
  id: 'hardcoded-credentials',
  cwe: ['CWE-798'],
  severity: 'critical',
  title: 'Hard-coded credentials',
  description: 'A credential written in the code is readable by everyone who can read the code.',
  remediation: 'Read credentials from a secret store at run time.',
  fixedExample: '',
  helpUri: 'docs/security-review.md',
  tags: ['aws', 'secrets'],
  languages: ['java'],
  kind: 'pattern',
};

export const TRAVERSAL_FINDING: ReviewFinding = {
  ruleId: 'path-traversal',
  severity: 'high',
  path: 'src/main/java/com/example/Files.java',
  loc: { line: 42, column: 9, endLine: 42, endColumn: 47 },
  message: 'Cookie value reaches new FileOutputStream(...) without a path check.',
  flow: [
    {
      path: 'src/main/java/com/example/Web.java',
      loc: { line: 12, column: 20, endLine: 12, endColumn: 38 },
      message: 'cookie value read here',
    },
    {
      path: 'src/main/java/com/example/Files.java',
      loc: { line: 40, column: 16, endLine: 40, endColumn: 30 },
      message: 'decoded from Base64',
    },
    {
      path: 'src/main/java/com/example/Files.java',
      loc: { line: 42, column: 9, endLine: 42, endColumn: 47 },
      message: 'reaches FileOutputStream',
    },
  ],
  fingerprint: 'a'.repeat(64),
};

export const HASH_FINDING: ReviewFinding = {
  ruleId: 'weak-hash',
  severity: 'medium',
  path: 'src/util/hash utils.py',
  loc: { line: 7, column: 12, endLine: 7, endColumn: 30 },
  message: 'hashlib.md5 used for a password.',
  fingerprint: 'b'.repeat(64),
};

export const KEY_FINDING: ReviewFinding = {
  ruleId: 'hardcoded-credentials',
  severity: 'critical',
  path: 'src/main/java/com/example/Aws.java',
  loc: { line: 5, column: 5, endLine: 5, endColumn: 60 },
  message: 'AWS secret key written in the code.',
  fingerprint: 'c'.repeat(64),
};

/** A result with a taint flow, every kind of suppression, a skipped file and a warning. */
export function sampleResult(overrides: Partial<ReviewResult> = {}): ReviewResult {
  return {
    engine: 'rampart',
    mode: 'full',
    findings: [TRAVERSAL_FINDING, HASH_FINDING],
    rules: [PATH_TRAVERSAL, WEAK_HASH, HARDCODED_CREDENTIALS],
    suppressed: [
      { finding: KEY_FINDING, reason: 'rampart-ignore: test key of the local stack, never deployed' },
      {
        finding: { ...HASH_FINDING, path: 'tst/Hash.py', fingerprint: 'd'.repeat(64) },
        reason: 'aws-codeguru-reviewer.yml excludeFiles tst/**',
      },
      { finding: { ...TRAVERSAL_FINDING, fingerprint: 'e'.repeat(64) }, reason: 'baseline' },
    ],
    skipped: [
      { path: 'src/Broken.java', reason: 'src/Broken.java:3:1: syntax error (2 in the file); file skipped' },
    ],
    warnings: ['src/main/java/com/example/Db.java:9: rampart-ignore for sql-injection needs a reason'],
    filesReviewed: 14,
    linesReviewed: 1320,
    durationMs: 250,
    ...overrides,
  };
}
