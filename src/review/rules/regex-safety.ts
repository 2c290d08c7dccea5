import { CATEGORY, INJECTION } from '../analysis/values';

/**
 * Which injection categories a regular expression check makes a string safe for: the pattern
 * must match the whole string (anchored, or a whole-string match API) and must not admit any
 * character that is dangerous in the category (quotes for SQL, shell metacharacters for
 * commands, `/` and `\` for paths...). Character sets are over-approximated: a pattern that
 * admits any character (`.`, a negated class) proves nothing.
 */
export function regexClean(pattern: string, wholeMatch: boolean): number {
  if (!wholeMatch && !isAnchored(pattern)) return 0;
  const allowed = allowedCharacters(pattern);
  if (allowed === 'any') return 0;
  return cleanForCharacters(allowed);
}

/**
 * A pattern anchored at the start that requires an `http:`/`https:` scheme or a path (`^https?:\/\/`,
 * `^\/`): a matching string is no `javascript:` URL, so it is safe as a link target.
 */
export function urlPrefixClean(pattern: string): number {
  const body = pattern.replace(/^\(\?[a-z]+\)/, '');
  return /^\^(https\??|http):|^\^(\\\/|\/)/.test(body) ? CATEGORY.url : 0;
}

/** The categories a string made only of these characters is safe for. */
export function cleanForCharacters(allowed: ReadonlySet<string>): number {
  let clean = CATEGORY.trust;
  for (const [category, dangerous] of DANGEROUS) {
    if (
      ![...dangerous].some((ch) => allowed.has(ch)) &&
      !(category === CATEGORY.command && hasWhitespace(allowed))
    ) {
      clean |= category;
    }
  }
  return clean & (INJECTION | CATEGORY.trust);
}

/** The characters a `[^...]` class removed by `replaceAll("[^...]", "")` leaves, or undefined. */
export function keptByRemovingClass(pattern: string): Set<string> | undefined {
  const match = /^\[\^((?:\\.|[^\]\\])*)\][+*]?$/.exec(pattern);
  if (!match) return undefined;
  const chars = classCharacters(match[1]!);
  return chars === 'any' ? undefined : chars;
}

/** The characters a positive class matches (`[&<>"']`, with `+` or `*` after it), or undefined. */
export function escapedClass(pattern: string): Set<string> | undefined {
  const match = /^\[((?:\\.|[^\]\\])*)\][+*]?$/.exec(pattern);
  if (!match || match[1]!.startsWith('^')) return undefined;
  const chars = classCharacters(match[1]!);
  return chars === 'any' ? undefined : chars;
}

const DANGEROUS: readonly (readonly [number, string])[] = [
  [CATEGORY.path, '/\\\0'],
  [CATEGORY.sql, '\'"\\;`\0 \t\n\r'],
  [CATEGORY.ldap, '*()\\\0&|=!<>~'],
  [CATEGORY.xpath, '\'"[]()=|/<>*@$'],
  [CATEGORY.command, ';&|$`()<>\n\r\\\'"{}*?!~#\0'],
  [CATEGORY.xss, '<>"\'&`'],
];

function hasWhitespace(allowed: ReadonlySet<string>): boolean {
  return allowed.has(' ') || allowed.has('\t');
}

function isAnchored(pattern: string): boolean {
  const body = pattern.replace(/^\(\?[a-z]+\)/, '');
  if (!body.startsWith('^') && !body.startsWith('\\A')) return false;
  if (!/(\$|\\z|\\Z)$/.test(body) || /\\\$$/.test(body)) return false;
  return !hasTopLevelAlternation(body);
}

function hasTopLevelAlternation(pattern: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

const DIGITS = '0123456789';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const WORD = `${DIGITS}${LOWER}${LOWER.toUpperCase()}_`;
const SPACE = ' \t\n\r\f\v';

/** Every character the pattern can match anywhere, or 'any'. */
function allowedCharacters(pattern: string): Set<string> | 'any' {
  const allowed = new Set<string>();
  const add = (chars: Iterable<string>) => {
    for (const ch of chars) allowed.add(ch);
  };
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const escaped = escapeClass(pattern[i + 1] ?? '');
      if (escaped === 'any') return 'any';
      add(escaped);
      i++;
    } else if (ch === '[') {
      const end = classEnd(pattern, i);
      if (end < 0) return 'any';
      const chars = classCharacters(pattern.slice(i + 1, end));
      if (chars === 'any') return 'any';
      add(chars);
      i = end;
    } else if (ch === '.') {
      return 'any';
    } else if (ch === '(' && pattern[i + 1] === '?') {
      const close = pattern.indexOf(')', i);
      const modifier = pattern.slice(i + 2, i + 3);
      if (modifier === ':' || modifier === '=' || modifier === '!' || modifier === '<')
        i += modifier === '<' ? 3 : 2;
      else if (close > 0) i = close;
    } else if ('^$()|*+?'.includes(ch)) {
      continue;
    } else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close > 0 && /^\{\d*,?\d*\}$/.test(pattern.slice(i, close + 1))) i = close;
      else allowed.add(ch);
    } else {
      allowed.add(ch);
    }
  }
  return allowed;
}

function classEnd(pattern: string, start: number): number {
  for (let i = start + 1; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === ']' && i > start + 1 + (pattern[start + 1] === '^' ? 1 : 0)) return i;
  }
  return -1;
}

function escapeClass(ch: string): Iterable<string> | 'any' {
  switch (ch) {
    case 'd':
      return DIGITS;
    case 'w':
      return WORD;
    case 's':
      return SPACE;
    case 'D':
    case 'W':
    case 'S':
    case 'p':
    case 'P':
    case 'X':
      return 'any';
    case 'A':
    case 'z':
    case 'Z':
    case 'b':
    case 'B':
    case 'G':
      return '';
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    default:
      return ch;
  }
}

/** The characters inside `[...]` (without the brackets); a negated class admits 'any'. */
function classCharacters(body: string): Set<string> | 'any' {
  if (body.startsWith('^')) return 'any';
  const chars = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    let ch = body[i]!;
    if (ch === '\\') {
      const escaped = escapeClass(body[i + 1] ?? '');
      if (escaped === 'any') return 'any';
      i++;
      const single = [...escaped];
      if (single.length !== 1) {
        for (const inner of single) chars.add(inner);
        continue;
      }
      ch = single[0]!;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let end = body[i + 2]!;
      if (end === '\\') {
        end = body[i + 3] ?? end;
        i++;
      }
      for (let code = ch.charCodeAt(0); code <= end.charCodeAt(0); code++)
        chars.add(String.fromCharCode(code));
      i += 2;
      continue;
    }
    chars.add(ch);
  }
  return chars;
}
