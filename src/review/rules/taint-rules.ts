import type { CategoryName, Label } from '../analysis/values';

/** The rule each sink category reports under. */
const RULE_OF_CATEGORY: Record<CategoryName, string> = {
  path: 'path-traversal',
  sql: 'sql-injection',
  ldap: 'ldap-injection',
  xpath: 'xpath-injection',
  command: 'os-command-injection',
  xss: 'cross-site-scripting',
  trust: 'trust-boundary-violation',
  kmsEncrypt: 'kms-decrypt-then-encrypt',
  secretUse: 'insecure-random',
  credential: 'hardcoded-credentials',
  url: 'cross-site-scripting',
};

export function ruleOfCategory(category: CategoryName): string {
  return RULE_OF_CATEGORY[category];
}

/**
 * Which data each category reports. Injection categories report data from remote users only:
 * environment variables, command-line arguments and local files are controlled by whoever
 * deploys the application, so treating them as attacker input would mostly produce noise.
 */
export function acceptsLabel(category: CategoryName, label: Label): boolean {
  switch (category) {
    case 'kmsEncrypt':
      return label === 'kms';
    case 'secretUse':
      return label === 'random';
    case 'credential':
      return false;
    default:
      return label === 'remote';
  }
}

const SINK_NOUN: Record<CategoryName, string> = {
  path: 'a file system path',
  sql: 'a SQL statement',
  ldap: 'an LDAP query',
  xpath: 'an XPath expression',
  command: 'an operating system command',
  xss: 'the HTML response',
  trust: 'the user session',
  kmsEncrypt: 'a KMS Encrypt request',
  secretUse: 'a security-sensitive value',
  credential: 'a credential',
  url: 'a URL',
};

/** One sentence naming the source kind and the sink, never the data. */
export function taintMessage(category: CategoryName, sourceWhat: string, sinkWhat: string): string {
  switch (category) {
    case 'kmsEncrypt':
      return `Plaintext returned by KMS Decrypt (${sourceWhat}) is encrypted again in application code by ${sinkWhat}; use ReEncrypt so the plaintext never leaves KMS.`;
    case 'secretUse':
      return `A predictable random value from ${sourceWhat} is used as ${sinkWhat}; use a cryptographically secure generator.`;
    case 'credential':
      return `A hard-coded credential is passed to ${sinkWhat}; load it from the environment, a secrets manager or the default credential provider chain.`;
    default:
      return `Untrusted data from ${sourceWhat} reaches ${SINK_NOUN[category]} (${sinkWhat}) without sanitization or validation.`;
  }
}
