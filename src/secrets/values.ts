/** Judging a matched value: is it random enough, a placeholder, a reference, a published example? */

/** Shannon entropy in bits per character. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const share = count / value.length;
    entropy -= share * Math.log2(share);
  }
  return entropy;
}

const PLACEHOLDER_WORDS = [
  'changeme',
  'change_me',
  'change-me',
  'example',
  'placeholder',
  'dummy',
  'sample',
  'redacted',
  'your_',
  'your-',
  'yourpassword',
  'yoursecret',
  'xxxx',
  '****',
  '....',
  '<',
  '>',
  '${',
  '{{',
  '%(',
  '$(',
  '#{',
  'process.env',
  'os.environ',
  'getenv',
];
const PLACEHOLDER_VALUES = new Set([
  'password',
  'passwd',
  'secret',
  'token',
  'apikey',
  'api_key',
  'null',
  'none',
  'undefined',
  'true',
  'false',
  'required',
  'optional',
  'string',
  'secretvalue',
  'notasecret',
]);

/** A value written to be replaced, or read from elsewhere, rather than a secret. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower.replace(/[^a-z_]/g, ''))) return true;
  if (PLACEHOLDER_WORDS.some((word) => lower.includes(word))) return true;
  if (/^\$[A-Za-z_]/.test(value) || /^%[A-Za-z_]+%$/.test(value)) return true;
  // One character repeated (xxxxxxxx, 00000000).
  return new Set(lower).size <= 1;
}

/**
 * An unquoted value that is code rather than a literal: a property path (`config.db.password`), a
 * call (`getPassword()`), or an identifier in a naming style (`DB_PASSWORD`, `dbPassword`).
 */
export function looksLikeReference(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  if (/^[A-Za-z_$][\w$.]*\($/.test(value)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value)) return true;
  return /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value);
}
