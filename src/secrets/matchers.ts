import type { RE2JS } from 're2js';
import { CharClass, RunFinder } from './char-class';
import type { FilterStep } from './keyword-bytes';

/**
 * How a rule recognises its secret once a keyword was found. The built-in rules use two small shapes
 * that only ever move forward through the text (every run is possessive, and adjacent parts are
 * designed not to overlap), so each keyword costs at most the length of a match, and a run already
 * measured is not measured again. Custom rules are RE2 patterns (linear time by construction).
 */
export type MatchSpec = TokenSpec | AssignmentSpec | NearSpec | RegexSpec;

export interface RunPart {
  run: string;
  min: number;
  max: number;
}
/** One of the strings; `''` among them makes the part optional. Longer ones are tried first. */
export interface LiteralPart {
  literal: string[];
}
export type TokenPart = RunPart | LiteralPart;

/** A token with a recognisable start, such as `ghp_` + 36 letters and digits. */
export interface TokenSpec {
  kind: 'token';
  /** Case-sensitive strings, one of which starts where a keyword was found. */
  anchor: string[];
  /** A run just before the anchor, e.g. a URL's scheme before `://`. */
  before?: RunPart;
  parts: TokenPart[];
  /** Characters that may not touch the token on either side. */
  boundary: string;
  /** The part that is the secret (a URL's password); the whole token when absent. */
  secretPart?: number;
}

/** `name = value`, `name: "value"`, `"name": "value"`, where the name holds a keyword. */
export interface AssignmentSpec {
  kind: 'assignment';
  /** Characters of a name around the keyword (identifier characters). */
  name: string;
  nameMax: number;
  /** What the whole name must look like, checked on at most `nameMax` characters. */
  nameTest?: RegExp;
  /** Names that hold a keyword but name something else (`secretId`, `password_hash`, `tokenUrl`). */
  nameReject?: RegExp;
  /** Besides `=`, `:`, `:=` and `=>`. */
  extraOperators?: string[];
  /** A quoted value's length bounds. */
  quoted: { min: number; max: number };
  /** An unquoted value: its characters and length bounds; absent when only quoted values count. */
  bare?: RunPart;
  /**
   * Unquoted values that look like code (`config.password`, `getToken(`) are not secrets; in a
   * source file, where a literal is always quoted, unquoted values are not read at all.
   */
  bareMayBeCode?: boolean;
}

/**
 * A token with nothing to tell it by but its context: exactly `length` characters of `run` within
 * `lines` lines of one of the rule's keywords (a Twilio auth token: 32 hex digits near "twilio").
 */
export interface NearSpec {
  kind: 'near';
  lines: number;
  run: string;
  length: number;
  /** Characters that may not touch the token (it would be part of a longer one, e.g. base64). */
  boundary: string;
}

/** A custom rule's RE2 pattern; the secret is its first capture group that matched, or the match. */
export interface RegexSpec {
  kind: 'regex';
  pattern: string;
  /** The longest a match can be: the rule searches this far around each keyword. */
  maxMatchLength: number;
}

/** A candidate secret in a line. */
export interface Match {
  start: number;
  end: number;
  secret: string;
  /** Unquoted and possibly code (see AssignmentSpec.bareMayBeCode). */
  mayBeCode: boolean;
}

/** What a matcher knows of the file a line comes from. */
export interface LineContext {
  /** Source code (not configuration): a literal is quoted there, an unquoted value is code. */
  codeFile: boolean;
  /** Tells apart every line the scanner reads, even two with the same text: a matcher's memo of its last line is keyed on it. */
  lineSerial: number;
}

/** Finds candidates at keyword positions, left to right within a line. */
export interface KeywordMatcher {
  matchAt(text: string, position: number, context: LineContext): Match | undefined;
  /**
   * Checks on a file's undecoded bytes from a keyword's position, one of which passes wherever
   * matchAt can match: the keyword pass drops the other hits before their lines are decoded (most
   * hits: the `://` of ordinary URLs, `password` in prose). They check what a match needs after the
   * keyword and no upper bound of a length, which UTF-8 would break (a character of several bytes
   * is one code unit to matchAt).
   */
  readonly byteFilters: FilterStep[][];
}

/** The first of `candidates` that `text` holds at `at` (a loop: this runs at every keyword). */
function firstAt(candidates: readonly string[], text: string, at: number): string | undefined {
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index] as string;
    if (text.startsWith(candidate, at)) return candidate;
  }
  return undefined;
}

export function tokenMatcher(spec: TokenSpec): KeywordMatcher {
  const boundary = new CharClass(spec.boundary);
  const before = spec.before && { part: spec.before, finder: new RunFinder(new CharClass(spec.before.run)) };
  const anchors = [...spec.anchor].sort((a, b) => b.length - a.length);
  const parts = spec.parts.map((part) =>
    'run' in part
      ? { run: part, finder: new RunFinder(new CharClass(part.run)) }
      : { literal: [...part.literal].sort((a, b) => b.length - a.length) },
  );
  return {
    matchAt(text, position) {
      const anchor = firstAt(anchors, text, position);
      if (anchor === undefined) return undefined;
      let start = position;
      if (before) {
        start = before.finder.start(text, position, before.part.max + 1);
        const length = position - start;
        if (length < before.part.min || length > before.part.max) return undefined;
      }
      if (start > 0 && boundary.has(text.charCodeAt(start - 1))) return undefined;
      let at = position + anchor.length;
      let secret: { start: number; end: number } | undefined;
      for (let index = 0; index < parts.length; index++) {
        const part = parts[index] as (typeof parts)[number];
        const partStart = at;
        if ('literal' in part && part.literal) {
          const literal = firstAt(part.literal, text, at);
          if (literal === undefined) return undefined;
          at += literal.length;
        } else if ('run' in part && part.run) {
          const end = part.finder.end(text, at);
          if (end - at < part.run.min || end - at > part.run.max) return undefined;
          at = end;
        }
        if (index === spec.secretPart) secret = { start: partStart, end: at };
      }
      if (at < text.length && boundary.has(text.charCodeAt(at))) return undefined;
      const span = secret ?? { start, end: at };
      return { start: span.start, end: span.end, secret: text.slice(span.start, span.end), mayBeCode: false };
    },
    byteFilters: [
      [
        { literals: anchors },
        ...parts.map((part): FilterStep =>
          'run' in part && part.run
            ? { run: part.finder.charClass, min: part.run.min }
            : { literals: part.literal ?? [] },
        ),
      ],
    ],
  };
}

const SPACE = new CharClass('\\s');
const IDENTIFIER = new CharClass('A-Za-z0-9_$.<>[]|');
const OPERATORS = [':=', '=>', ':', '='];
/** Spaces allowed on either side of the operator. */
const MAX_SPACES = 16;
/** An XML element's text ends at the next tag. */
const ELEMENT_TEXT = new CharClass('^<\\s');

function skipSpaces(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < MAX_SPACES && SPACE.has(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Finds `name <op> value` around a keyword inside the name. Besides `=`, `:`, `:=` and `=>` (with the
 * name quoted or not, and a type annotation between, as in `apiToken: string = '…'`), it reads
 * `<name>value</name>` (XML) and `('NAME', 'value')` (a quoted name, a comma: PHP's define).
 */
export function assignmentMatcher(spec: AssignmentSpec): KeywordMatcher {
  const nameClass = new CharClass(spec.name);
  const nameFinder = new RunFinder(nameClass);
  const bare = spec.bare && { part: spec.bare, finder: new RunFinder(new CharClass(spec.bare.run)) };
  const elementText = new RunFinder(ELEMENT_TEXT);
  const operators = [...OPERATORS, ...(spec.extraOperators ?? [])].sort((a, b) => b.length - a.length);
  const operatorStarts = CharClass.of(operators.map((operator) => operator.charAt(0)));
  /** The name span last tried: several keywords in one name (`api_token_secret`) are one attempt. */
  let lastName = { lineSerial: -1, start: -1, end: -1 };
  return {
    matchAt(text, position, context) {
      const { lineSerial } = context;
      if (lineSerial === lastName.lineSerial && position >= lastName.start && position < lastName.end)
        return undefined;
      const nameStart = nameFinder.start(text, position, spec.nameMax + 1);
      const nameEnd = nameFinder.end(text, position);
      lastName = { lineSerial, start: nameStart, end: nameEnd };
      if (nameEnd - nameStart > spec.nameMax) return undefined;
      const name = text.slice(nameStart, nameEnd);
      if (spec.nameTest && !spec.nameTest.test(name)) return undefined;
      if (spec.nameReject?.test(name)) return undefined;
      const before = text[nameStart - 1];
      if (before === '<' && text[nameEnd] === '>') return elementValue(text, nameEnd + 1, spec, elementText);
      const quotedName = (before === '"' || before === "'") && text[nameEnd] === before;
      let at = skipSpaces(text, quotedName ? nameEnd + 1 : nameEnd);
      const operator = quotedName && text[at] === ',' ? ',' : firstAt(operators, text, at);
      if (operator === undefined) return undefined;
      // A segment of an ARN or a path (`arn:aws:secretsmanager:eu-west-1:…`), not a name.
      if (operator === ':' && (before === ':' || before === '/')) return undefined;
      at = skipSpaces(text, at + operator.length);
      if (operator === ':') at = skipTypeAnnotation(text, at);
      // In source code a literal is quoted, except inside a connection or query string
      // (`"Server=…;Password=…;"`, `"…?user=app&password=…"`).
      const inString = before === ';' || before === '&' || before === '?';
      const bareAllowed = !(context.codeFile && spec.bareMayBeCode && !inString);
      const value = valueAt(text, at, spec, bareAllowed ? bare : undefined);
      // `label: Reset your password`: a sentence, in YAML or properties, is no secret.
      if (
        value?.mayBeCode &&
        operator === ':' &&
        /^ [A-Za-z]+(?:[ ,.!?]|$)/.test(text.slice(value.end, value.end + 32))
      ) {
        return undefined;
      }
      return value;
    },
    byteFilters: [
      // `<password>value</password>`
      [{ run: nameClass, min: 0 }, { literals: ['>'] }],
      // `name = value`, `"name": value`
      [
        { run: nameClass, min: 0 },
        { literals: ['"', "'", ''] },
        { run: SPACE, min: 0, max: MAX_SPACES },
        { run: operatorStarts, min: 1, max: 1 },
      ],
      // `define('NAME', 'value')`: a quoted name, then a comma
      [
        { run: nameClass, min: 0 },
        { literals: ['"', "'"] },
        { run: SPACE, min: 0, max: MAX_SPACES },
        { literals: [','] },
      ],
    ],
  };
}

/** `name: Type = value` in TypeScript: the value is after the `=`. */
function skipTypeAnnotation(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at < 64 && IDENTIFIER.has(text.charCodeAt(end))) end++;
  if (end === at) return at;
  const afterType = skipSpaces(text, end);
  const isAssignment = text[afterType] === '=' && text[afterType + 1] !== '=' && text[afterType + 1] !== '>';
  return isAssignment ? skipSpaces(text, afterType + 1) : at;
}

function elementValue(text: string, at: number, spec: AssignmentSpec, finder: RunFinder): Match | undefined {
  const end = finder.end(text, at);
  if (end - at < spec.quoted.min || end - at > spec.quoted.max || !text.startsWith('</', end))
    return undefined;
  return { start: at, end, secret: text.slice(at, end), mayBeCode: false };
}

function valueAt(
  text: string,
  at: number,
  spec: AssignmentSpec,
  bare: { part: RunPart; finder: RunFinder } | undefined,
): Match | undefined {
  const quote = text[at];
  if (quote === '"' || quote === "'" || quote === '`') {
    // Bounded search for the closing quote: a keyword costs at most a longest value.
    const limit = Math.min(text.length, at + 2 + spec.quoted.max);
    let close = at + 1;
    while (close < limit && text[close] !== quote && text[close] !== '\n') close++;
    const length = close - at - 1;
    if (text[close] !== quote || length < spec.quoted.min) return undefined;
    return { start: at + 1, end: close, secret: text.slice(at + 1, close), mayBeCode: false };
  }
  if (!bare) return undefined;
  const end = bare.finder.end(text, at);
  if (end - at < bare.part.min || end - at > bare.part.max) return undefined;
  // `name = getValue(…)`: a call, not a value.
  if (spec.bareMayBeCode && text[end] === '(') return undefined;
  return { start: at, end, secret: text.slice(at, end), mayBeCode: spec.bareMayBeCode === true };
}

/** Validates and compiles a custom rule's pattern; RE2 refuses what cannot run in linear time. */
export function compileRegex(pattern: string): RE2JS {
  // Loaded on first use: only custom rules have patterns, and RE2's start-up would otherwise be paid
  // by every scan.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('re2js') as typeof import('re2js')).RE2JS.compile(pattern);
}

/**
 * Runs of a class with exactly `length` characters, touching none of the class, nor any character
 * of `boundary`, on either side.
 */
export function exactRuns(
  text: string,
  charClass: CharClass,
  length: number,
  boundary?: CharClass,
): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let index = 0;
  while (index < text.length) {
    if (!charClass.has(text.charCodeAt(index))) {
      index++;
      continue;
    }
    const start = index;
    while (index < text.length && charClass.has(text.charCodeAt(index))) index++;
    const touches = (at: number) =>
      at >= 0 && at < text.length && boundary?.has(text.charCodeAt(at)) === true;
    if (index - start === length && !touches(start - 1) && !touches(index)) runs.push({ start, end: index });
  }
  return runs;
}
