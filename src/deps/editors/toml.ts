/**
 * A TOML reader for build files (gradle/libs.versions.toml, pyproject.toml) that keeps where every
 * string value is in the text, so that an editor can change one value in place. It reads tables,
 * arrays of tables, dotted keys, strings, arrays and inline tables; other values (numbers, dates,
 * booleans) are kept as raw text.
 */

import { InputError } from '../../errors';
import { lineAt, type SourceFile } from './declarations';

export type TomlValue =
  | {
      kind: 'string';
      value: string;
      /** The string's content (inside the quotes): [start, end). */
      start: number;
      end: number;
      /** Written with escapes or across lines: its text is not its value, so it is not edited. */
      verbatim: boolean;
    }
  | { kind: 'array'; items: TomlValue[]; start: number }
  | { kind: 'table'; entries: TomlEntry[]; start: number }
  | { kind: 'other'; raw: string; start: number };

export interface TomlEntry {
  /** The `[table]` the entry is under; empty at the top and inside inline tables. */
  table: string[];
  key: string[];
  value: TomlValue;
  /** Offset of the entry's key. */
  start: number;
}

export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'TomlSyntaxError';
  }
}

export function readToml(text: string): TomlEntry[] {
  return new TomlReader(text).document();
}

/** readToml, with a syntax error as bad input naming the file and line. */
export function readTomlFile(file: SourceFile): TomlEntry[] {
  try {
    return readToml(file.text);
  } catch (error) {
    if (!(error instanceof TomlSyntaxError)) throw error;
    throw new InputError([
      `${file.path}:${lineAt(file.text, error.offset)}: not valid TOML: ${error.message}`,
    ]);
  }
}

/** The value at a dotted key among entries (`version.ref` matches `version = { ref = … }` too). */
export function valueAt(entries: TomlEntry[], key: string[]): TomlValue | undefined {
  for (const entry of entries) {
    const length = Math.min(entry.key.length, key.length);
    if (!entry.key.slice(0, length).every((part, index) => part === key[index])) continue;
    if (entry.key.length === key.length) return entry.value;
    if (entry.key.length < key.length && entry.value.kind === 'table') {
      const found = valueAt(entry.value.entries, key.slice(entry.key.length));
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The entries under `[table]`, with keys relative to it: `[tool]` with `poetry.dependencies.x = …`
 * is the same entry as `[tool.poetry.dependencies]` with `x = …`.
 */
export function entriesOf(entries: TomlEntry[], table: string[]): TomlEntry[] {
  return entries.flatMap((entry) => {
    const path = [...entry.table, ...entry.key];
    const inside = path.length > table.length && sameKey(path.slice(0, table.length), table);
    return inside ? [{ ...entry, table, key: path.slice(table.length) }] : [];
  });
}

/**
 * The entries of a table grouped by their first key: `a = { b = 1 }` and `a.b = 1` both give
 * a → [b = 1]; a plain `a = "x"` gives a → [(empty key) = "x"].
 */
export function groupByName(entries: TomlEntry[]): Map<string, TomlEntry[]> {
  const groups = new Map<string, TomlEntry[]>();
  for (const entry of entries) {
    const [name = '', ...rest] = entry.key;
    const members =
      rest.length === 0 && entry.value.kind === 'table' ? entry.value.entries : [{ ...entry, key: rest }];
    groups.set(name, [...(groups.get(name) ?? []), ...members]);
  }
  return groups;
}

export function sameKey(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((part, index) => part === b[index]);
}

const BARE_KEY = /[A-Za-z0-9_-]/;

class TomlReader {
  private position = 0;

  constructor(private readonly text: string) {}

  document(): TomlEntry[] {
    const entries: TomlEntry[] = [];
    let table: string[] = [];
    for (this.skipBlank(true); this.position < this.text.length; this.skipBlank(true)) {
      if (this.peek() === '[') {
        table = this.header();
      } else {
        entries.push(this.entry(table));
      }
      this.endOfLine();
    }
    return entries;
  }

  private header(): string[] {
    const array = this.text.startsWith('[[', this.position);
    this.position += array ? 2 : 1;
    this.skipBlank(false);
    const key = this.key();
    this.expect(array ? ']]' : ']');
    return key;
  }

  private entry(table: string[]): TomlEntry {
    const start = this.position;
    const key = this.key();
    this.expect('=');
    this.skipBlank(false);
    return { table, key, value: this.value(), start };
  }

  private key(): string[] {
    const parts: string[] = [];
    for (;;) {
      this.skipBlank(false);
      const char = this.peek();
      if (char === '"' || char === "'") {
        const value = this.quoted();
        parts.push(value.kind === 'string' ? value.value : '');
      } else {
        const start = this.position;
        while (this.position < this.text.length && BARE_KEY.test(this.text[this.position] ?? ''))
          this.position++;
        if (start === this.position) throw this.error('a key is missing');
        parts.push(this.text.slice(start, this.position));
      }
      this.skipBlank(false);
      if (this.peek() !== '.') return parts;
      this.position++;
    }
  }

  private value(): TomlValue {
    const char = this.peek();
    if (char === '"' || char === "'") return this.quoted();
    if (char === '[') return this.array();
    if (char === '{') return this.inlineTable();
    const start = this.position;
    const end = /[,\]}#\r\n]/.exec(this.text.slice(start))?.index;
    this.position = end === undefined ? this.text.length : start + end;
    const raw = this.text.slice(start, this.position).trimEnd();
    if (!raw) throw this.error('a value is missing');
    this.position = start + raw.length;
    return { kind: 'other', raw, start };
  }

  private quoted(): TomlValue {
    const quote = this.peek() ?? '"';
    const multiline = this.text.startsWith(quote.repeat(3), this.position);
    const delimiter = multiline ? quote.repeat(3) : quote;
    const start = this.position + delimiter.length;
    let index = start;
    for (; index < this.text.length; index++) {
      if (this.text.startsWith(delimiter, index)) break;
      if (quote === '"' && this.text[index] === '\\') index++;
      else if (!multiline && this.text[index] === '\n')
        throw this.error('a string is not closed on its line');
    }
    if (index >= this.text.length) throw this.error('a string is never closed');
    this.position = index + delimiter.length;
    const raw = this.text.slice(start, index);
    const escaped = quote === '"' && raw.includes('\\');
    return {
      kind: 'string',
      value: escaped ? unescape(raw) : raw,
      start,
      end: index,
      verbatim: multiline || escaped,
    };
  }

  private array(): TomlValue {
    const start = this.position++;
    const items: TomlValue[] = [];
    for (this.skipBlank(true); this.peek() !== ']'; this.skipBlank(true)) {
      items.push(this.value());
      this.skipBlank(true);
      if (this.peek() === ',') this.position++;
      else if (this.peek() !== ']') throw this.error('expected "," or "]" in an array');
    }
    this.position++;
    return { kind: 'array', items, start };
  }

  private inlineTable(): TomlValue {
    const start = this.position++;
    const entries: TomlEntry[] = [];
    for (this.skipBlank(true); this.peek() !== '}'; this.skipBlank(true)) {
      entries.push(this.entry([]));
      this.skipBlank(true);
      if (this.peek() === ',') this.position++;
      else if (this.peek() !== '}') throw this.error('expected "," or "}" in an inline table');
    }
    this.position++;
    return { kind: 'table', entries, start };
  }

  /** Spaces and tabs; with `lines`, also line breaks and comments. */
  private skipBlank(lines: boolean): void {
    while (this.position < this.text.length) {
      const char = this.text[this.position];
      if (char === ' ' || char === '\t') this.position++;
      else if (lines && (char === '\n' || char === '\r')) this.position++;
      else if (lines && char === '#') this.skipComment();
      else return;
    }
  }

  private skipComment(): void {
    const end = this.text.indexOf('\n', this.position);
    this.position = end === -1 ? this.text.length : end;
  }

  private endOfLine(): void {
    this.skipBlank(false);
    if (this.peek() === '#') this.skipComment();
    if (this.position < this.text.length && !['\n', '\r'].includes(this.peek() ?? '')) {
      throw this.error('expected the end of the line');
    }
  }

  private expect(token: string): void {
    this.skipBlank(false);
    if (!this.text.startsWith(token, this.position)) throw this.error(`expected "${token}"`);
    this.position += token.length;
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }

  private error(message: string): TomlSyntaxError {
    return new TomlSyntaxError(message, this.position);
  }
}

function unescape(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}
