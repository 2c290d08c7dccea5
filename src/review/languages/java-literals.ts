/** Values of Java literal tokens, and type and annotation names as the IR writes them. */

const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

const SIMPLE_ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  s: ' ',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The characters an escape sequence starting at `content[start]` (a backslash) stands for, and its length. */
function escapeAt(content: string, start: number): [string, number] {
  const next = content[start + 1];
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) return [simple, 2];
  if (next === 'u') {
    let digits = start + 1;
    while (content[digits] === 'u') digits++;
    const hex = content.slice(digits, digits + 4);
    if (HEX4.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), digits + 4 - start];
  }
  if (next >= '0' && next <= '7') {
    const longest = next <= '3' ? 3 : 2;
    let end = start + 2;
    while (end < start + 1 + longest && content[end] >= '0' && content[end] <= '7') end++;
    return [String.fromCharCode(parseInt(content.slice(start + 1, end), 8)), end - start];
  }
  // A backslash before a line break (text blocks) joins the lines.
  if (next === '\n') return ['', 2];
  if (next === '\r') return ['', content[start + 2] === '\n' ? 3 : 2];
  return [next ?? '\\', next === undefined ? 1 : 2];
}

/** Interprets the escape sequences (`\n`, `\"`, `\u0041`, octal `\101`...) of a string or character literal's content. */
export function unescapeJava(content: string): string {
  if (!content.includes('\\')) return content;
  let result = '';
  let index = 0;
  while (index < content.length) {
    const backslash = content.indexOf('\\', index);
    if (backslash < 0) return result + content.slice(index);
    const [value, length] = escapeAt(content, backslash);
    result += content.slice(index, backslash) + value;
    index = backslash + length;
  }
  return result;
}

function indentOf(line: string): number {
  let width = 0;
  while (width < line.length && (line[width] === ' ' || line[width] === '\t' || line[width] === '\f'))
    width++;
  return width;
}

/**
 * A text block's value (JLS 15 §3.10.6): the content after the opening delimiter's line, without the
 * incidental indentation shared by its lines and without trailing spaces, then with escapes interpreted.
 */
function textBlockValue(raw: string): string {
  const inner = raw.slice(3, raw.endsWith('"""') && raw.length >= 6 ? -3 : undefined);
  const lines = inner.slice(inner.indexOf('\n') + 1).split(/\r\n|\r|\n/);
  const closingLineBlank = lines[lines.length - 1].trim() === '';
  let indent = closingLineBlank ? lines[lines.length - 1].length : Infinity;
  for (const line of lines) if (line.trim() !== '') indent = Math.min(indent, indentOf(line));
  const stripped = lines.map((line) => (line.trim() === '' ? '' : line.slice(indent).trimEnd()));
  return unescapeJava(stripped.join('\n'));
}

/** The value of a string literal as written (quotes included): ordinary strings and text blocks. */
export function stringValue(raw: string): string {
  if (raw.startsWith('"""')) return textBlockValue(raw);
  return unescapeJava(raw.slice(1, raw.length > 1 && raw.endsWith('"') ? -1 : undefined));
}

/** The value of a character literal as written (`'a'`, `'\n'`, `'\u0041'`): a one-character string. */
export function characterValue(raw: string): string {
  return unescapeJava(raw.slice(1, -1));
}

/** The value of an integer literal: decimal, hex, octal, binary, with underscores and an `L` suffix. */
export function integerValue(raw: string): number {
  let digits = raw.replace(/_/g, '');
  const isLong = /[lL]$/.test(digits);
  if (isLong) digits = digits.slice(0, -1);
  const prefix = digits.slice(0, 2).toLowerCase();
  let prefixed: string;
  if (prefix === '0x' || prefix === '0b' || prefix === '0o') prefixed = digits;
  else if (digits.length > 1 && digits.startsWith('0')) prefixed = `0o${digits.slice(1)}`;
  else return Number(digits);
  let value: bigint;
  try {
    value = BigInt(prefixed);
  } catch {
    return Number.NaN;
  }
  // Hex, octal and binary literals are two's complement: 0xFFFFFFFF is the int -1.
  return Number(BigInt.asIntN(isLong ? 64 : 32, value));
}

function hexFloatValue(raw: string): number {
  const match = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([+-]?\d+))?/.exec(raw);
  if (!match) return Number.NaN;
  const [, whole, fraction, exponent] = match;
  const mantissa = parseInt(whole + fraction || '0', 16) / 16 ** fraction.length;
  return mantissa * 2 ** Number(exponent ?? 0);
}

/** The value of a floating-point literal; `f`-suffixed literals are rounded to single precision as Java does. */
export function floatValue(raw: string): number {
  const digits = raw.replace(/_/g, '');
  const isFloat = /[fF]$/.test(digits);
  const value = /^0[xX]/.test(digits) ? hexFloatValue(digits) : parseFloat(digits.replace(/[fFdD]$/, ''));
  return isFloat ? Math.fround(value) : value;
}

/** Removes each `<...>` (nested) from a type as written. */
function withoutTypeArguments(type: string): string {
  let depth = 0;
  let result = '';
  for (const ch of type) {
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0) result += ch;
  }
  return result;
}

/** Removes each annotation (`@NonNull`, `@Size(max = 3)`) from a type as written. */
function withoutAnnotations(type: string): string {
  let result = '';
  let index = 0;
  while (index < type.length) {
    const at = type.indexOf('@', index);
    if (at < 0) return result + type.slice(index);
    result += type.slice(index, at);
    const name = /@\s*[\p{L}\p{N}_$.\s]*/uy;
    name.lastIndex = at;
    index = at + (name.exec(type)?.[0].length ?? 1);
    if (type[index] === '(') {
      let depth = 0;
      do {
        if (type[index] === '(') depth++;
        else if (type[index] === ')') depth--;
        index++;
      } while (depth > 0 && index < type.length);
    }
  }
  return result;
}

const PLAIN_TYPE = /^[\w$.]+(?:\[\])*$/;

/** A type as the IR writes it: as in the source, without type arguments, annotations, comments or spaces. */
export function typeName(raw: string): string {
  if (PLAIN_TYPE.test(raw)) return raw;
  let type = raw.replace(COMMENTS, ' ');
  if (type.includes('@')) type = withoutAnnotations(type);
  if (type.includes('<')) type = withoutTypeArguments(type);
  return type.replace(/\s+/g, '');
}

/** An annotation's name as written, without `@`, arguments, comments or spaces (`RequestParam`, `javax.annotation.Nonnull`). */
export function annotationName(raw: string): string {
  const parenthesis = raw.indexOf('(');
  return (parenthesis < 0 ? raw : raw.slice(0, parenthesis)).replace(COMMENTS, '').replace(/[@\s]/g, '');
}

/** The text with comments removed. */
export function withoutComments(text: string): string {
  return text.includes('/') ? text.replace(COMMENTS, ' ') : text;
}
