import { languageOfPath } from '../parser';
import type { ReviewFinding } from '../types';

/**
 * CodeGuru detector names (from its detector library, ids such as `java/path-traversal@v1.0`) and
 * the Rampart rules that look for the same weakness, so that `excludeRecommendations` entries
 * written for CodeGuru keep working. CodeGuru has no detector matching `static-aws-credentials` or
 * `trust-boundary-violation`; name those by their Rampart id.
 */
export const CODEGURU_DETECTOR_RULES: Record<string, string[]> = {
  'hardcoded-credentials': ['hardcoded-credentials'],
  'insecure-cryptography': ['weak-cipher'],
  'insecure-hashing': ['weak-hash'],
  'weak-random-number-generation': ['insecure-random'],
  'insecure-cookie': ['cookie-without-secure'],
  'cookie-httponly': ['cookie-without-httponly'],
  'path-traversal': ['path-traversal'],
  'sql-injection': ['sql-injection'],
  'ldap-injection': ['ldap-injection'],
  'xpath-injection': ['xpath-injection'],
  'os-command-injection': ['os-command-injection'],
  'cross-site-scripting': ['cross-site-scripting'],
  'aws-kms-reencryption': ['kms-decrypt-then-encrypt'],
};

/** `java/path-traversal@v1.0`: a language, the detector's name and its version. */
const DETECTOR_ID = /^([a-z]+)\/([a-z0-9-]+)@v\d+\.\d+$/i;

/**
 * True when an id from a suppression names the finding's rule: the rule's own id (Rampart's, or
 * CodeGuru's under `--engine codeguru`), or a CodeGuru detector id for a Rampart rule, which
 * then applies only to files of the detector's language, as CodeGuru's detectors do.
 */
export function namesRuleOf(id: string, finding: ReviewFinding): boolean {
  if (id === finding.ruleId) return true;
  const [, language = '', name = ''] = DETECTOR_ID.exec(id) ?? [];
  return (
    (CODEGURU_DETECTOR_RULES[name.toLowerCase()] ?? []).includes(finding.ruleId) &&
    languageOfPath(finding.path) === language.toLowerCase()
  );
}
