/** Judging a matched value: is it random enough, a placeholder, a reference, a published example? */

/** Counts of each ASCII character, kept between calls (and cleared after each) to spare a map per value. */
const ASCII_COUNTS = new Int32Array(128);

/** Shannon entropy in bits per character (code point). */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const ascii: number[] = [];
  let others: Map<number, number> | undefined;
  for (let index = 0; index < value.length; index++) {
    const code = value.codePointAt(index) as number;
    if (code > 0xffff) index++;
    if (code < 128) {
      if (ASCII_COUNTS[code]++ === 0) ascii.push(code);
    } else {
      others ??= new Map();
      others.set(code, (others.get(code) ?? 0) + 1);
    }
  }
  let entropy = 0;
  const add = (count: number) => {
    const share = count / value.length;
    entropy -= share * Math.log2(share);
  };
  for (const code of ascii) {
    add(ASCII_COUNTS[code] as number);
    ASCII_COUNTS[code] = 0;
  }
  for (const count of others?.values() ?? []) add(count);
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
  return isOneCharacterRepeated(lower);
}

/** One character repeated (xxxxxxxx, 00000000), or nothing: a loop, not a set (this runs on every candidate value). */
function isOneCharacterRepeated(text: string): boolean {
  const first = text.codePointAt(0);
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) as number;
    if (code !== first) return false;
    if (code > 0xffff) index++;
  }
  return true;
}

/**
 * What a catch-all rule's value is when it is not a secret: a name (`TOKEN_EXPIRED`,
 * `CreateTokenCommand`, `credentials`), text (a message with spaces, or in another alphabet), a
 * path (`/latest/api/token`), or a UUID.
 */
export function isNameOrText(value: string): boolean {
  if (/\s/.test(value) || /[^ -~\t]/.test(value) || UUID.test(value)) return true;
  if (value.startsWith('/') || value.startsWith('./') || value.includes('://')) return true;
  if (/^[A-Za-z_$-]+$/.test(value) && isWord(value.replace(/[_$-]/g, ''))) return true;
  return looksLikeName(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VOWELS = 'aeiouAEIOU';
/** No English word (and no identifier made of them) has five consonants in a row. */
const MAX_CONSONANT_RUN = 4;

/**
 * Letters that read like one word or a few: all in one case or capitalised (per camelCase part), a
 * fair share of vowels, no long consonant cluster. A random string of letters mixes cases at random,
 * has few vowels (about one letter in five) and long clusters.
 */
function isWord(letters: string, minVowelShare = 0.3): boolean {
  if (!/^(?:[A-Z]?[a-z]{2,}|[A-Z]{2,})(?:[A-Z][a-z]{2,}|[A-Z]{2,}(?![a-z]))*$/.test(letters)) return false;
  let vowels = 0;
  let cluster = 0;
  for (const character of letters) {
    if (VOWELS.includes(character)) {
      vowels++;
      cluster = 0;
    } else if (++cluster > MAX_CONSONANT_RUN) {
      return false;
    }
  }
  return vowels / letters.length >= minVowelShare;
}

/** A word, perhaps with a version number in it (`Token`, `S3session`, `Auth2`). */
function isWordLike(part: string): boolean {
  const letters = part.replace(/\d/, '');
  return !/\d/.test(letters) && letters.length >= 2 && isWord(letters, 0.25);
}

/**
 * A name built of words: `CreateOAuth2TokenCommand`, `X-Amz-S3session-Token`,
 * `AKIDTEST/20261122/us-east-1/cloudformation/aws4_request`. Split at separators and at each
 * lower-to-upper step into parts of four characters or more on average, at least three of four
 * parts of three characters or more read like words where the parts of a random string mostly do not
 * (`Zx8kq2`, `Lm9`, `Pw4`).
 */
function looksLikeName(value: string): boolean {
  if (!/^[A-Za-z0-9][A-Za-z0-9_./-]*$/.test(value)) return false;
  const parts: string[] = [];
  let part = '';
  for (let index = 0; index < value.length; index++) {
    const character = value[index] as string;
    const previous = value[index - 1] ?? '';
    if ('_./-'.includes(character)) {
      if (part) parts.push(part);
      part = '';
      continue;
    }
    if (/[A-Z]/.test(character) && /[a-z0-9]/.test(previous) && part) {
      parts.push(part);
      part = '';
    }
    part += character;
  }
  if (part) parts.push(part);
  if (parts.length < 3 || value.length / parts.length < 4) return false;
  // Numbers (dates, versions) and two-letter parts (us, eu) say nothing either way.
  const telling = parts.filter((candidate) => candidate.length >= 3 && !/^\d+$/.test(candidate));
  const words = telling.filter((candidate) => isWordLike(candidate));
  return telling.length > 0 && words.length >= telling.length * 0.75;
}

/**
 * An unquoted value that is code rather than a literal: a property path (`config.db.password`,
 * `init?.token`), or a constant's name (`DB_PASSWORD`). Names without digits are caught earlier
 * (isNameOrText); a random string is no camelCase name, whatever its capitals.
 */
export function looksLikeReference(value: string): boolean {
  if (/^[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value);
}
