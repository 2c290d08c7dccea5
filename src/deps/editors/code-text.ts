/**
 * Groovy and Kotlin build scripts as text: the comments blanked out (same length, line breaks kept),
 * so that patterns find only live code and their offsets still point into the original text.
 */

export function withoutComments(text: string): string {
  // One array item per UTF-16 code unit, as String.slice counts offsets.
  const units = text.split('');
  let index = 0;
  while (index < text.length) {
    const end = skipToken(text, index);
    if (text.startsWith('//', index) || text.startsWith('/*', index)) blank(units, index, end);
    index = end;
  }
  return units.join('');
}

/** The offset after the comment, string or single character at `index`. */
function skipToken(text: string, index: number): number {
  if (text.startsWith('//', index)) return endOrLength(text.indexOf('\n', index), 0, text);
  if (text.startsWith('/*', index)) return endOrLength(text.indexOf('*/', index + 2), 2, text);
  for (const triple of ['"""', "'''"]) {
    if (text.startsWith(triple, index)) return endOrLength(text.indexOf(triple, index + 3), 3, text);
  }
  const quote = text[index];
  if (quote === '"' || quote === "'") return endOfQuoted(text, index, quote);
  return index + 1;
}

function endOrLength(found: number, closingLength: number, text: string): number {
  return found === -1 ? text.length : found + closingLength;
}

/** A one-line string ends at its closing quote (not one after a backslash) or the line's end. */
function endOfQuoted(text: string, index: number, quote: string): number {
  for (let position = index + 1; position < text.length; position++) {
    const char = text[position];
    if (char === '\\') position++;
    else if (char === quote) return position + 1;
    else if (char === '\n') return position;
  }
  return text.length;
}

function blank(chars: string[], start: number, end: number): void {
  for (let index = start; index < end; index++) {
    if (chars[index] !== '\n' && chars[index] !== '\r') chars[index] = ' ';
  }
}
