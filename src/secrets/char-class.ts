/**
 * A set of characters written like a regular-expression class body: `A-Za-z0-9_-`, `^\s"'` (a
 * leading ^ negates), with `\s` for white space and `\\` to escape. Membership is one table lookup.
 */
export class CharClass {
  private readonly table = new Uint8Array(128);
  private readonly negated: boolean;

  constructor(readonly spec: string) {
    this.negated = spec.startsWith('^');
    const body = this.negated ? spec.slice(1) : spec;
    for (let index = 0; index < body.length; index++) {
      let character = body[index] as string;
      if (character === '\\') {
        const escaped = body[++index] ?? '\\';
        if (escaped === 's') {
          for (const space of ' \t\r\n\f\v') this.table[space.charCodeAt(0)] = 1;
          continue;
        }
        character = escaped;
      }
      const next = body[index + 1];
      const last = body[index + 2];
      if (next === '-' && last !== undefined) {
        for (let code = character.charCodeAt(0); code <= last.charCodeAt(0); code++) this.table[code] = 1;
        index += 2;
      } else {
        this.table[character.charCodeAt(0)] = 1;
      }
    }
  }

  /** A class of exactly these characters (ASCII). */
  static of(characters: readonly string[]): CharClass {
    const charClass = new CharClass('');
    for (const character of characters) charClass.table[character.charCodeAt(0)] = 1;
    return charClass;
  }

  /** Outside ASCII, a class holds a character only if it is negated (`^"` holds é). */
  has(code: number): boolean {
    const inTable = code < 128 && this.table[code] === 1;
    return inTable !== this.negated;
  }
}

/**
 * The end of the run of `charClass` characters that starts at `start`, remembering the last run
 * seen: scanning from left to right, a start inside that run costs nothing, which keeps a line full
 * of keyword hits linear.
 */
export class RunFinder {
  private runStart = -1;
  private runEnd = -1;
  private text = '';

  constructor(readonly charClass: CharClass) {}

  end(text: string, start: number): number {
    if (text === this.text && start >= this.runStart && start <= this.runEnd) return this.runEnd;
    let end = start;
    while (end < text.length && this.charClass.has(text.charCodeAt(end))) end++;
    this.text = text;
    this.runStart = start;
    this.runEnd = end;
    return end;
  }

  /** The start of the run that ends at `end` (scanning leftwards), looking back at most `limit` characters. */
  start(text: string, end: number, limit: number): number {
    let start = end;
    while (start > 0 && end - start < limit && this.charClass.has(text.charCodeAt(start - 1))) start--;
    return start;
  }
}
