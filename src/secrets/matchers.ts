import { RE2JS } from 're2js';
import { CharClass, RunFinder } from './char-class';

/**
 * How a rule recognises its secret once a keyword was found. The built-in rules use two small shapes
 * that only ever move forward through the text (every run is possessive, and adjacent parts are
 * designed not to overlap), so each keyword costs at most the length of a match, and a run already
 * measured is not measured again. Custom rules are RE2 patterns (linear time by construction).
 */
export type MatchSpec = TokenSpec | AssignmentSpec | RegexSpec;

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
  /** Besides `=`, `:`, `:=` and `=>`. */
  extraOperators?: string[];
  /** A quoted value's length bounds. */
  quoted: { min: number; max: number };
  /** An unquoted value: its characters and length bounds; absent when only quoted values count. */
  bare?: RunPart;
  /** Unquoted values that look like code (`config.password`, `getToken(`) are not secrets. */
  bareMayBeCode?: boolean;
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

/** Finds candidates at keyword positions, left to right within a line. */
export interface KeywordMatcher {
  matchAt(text: string, position: number): Match | undefined;
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
      const anchor = anchors.find((candidate) => text.startsWith(candidate, position));
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
      for (const [index, part] of parts.entries()) {
        const partStart = at;
        if ('literal' in part && part.literal) {
          const literal = part.literal.find((candidate) => text.startsWith(candidate, at));
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
  };
}

const SPACE = new CharClass('\\s');
const OPERATORS = [':=', '=>', ':', '='];
/** Spaces allowed on either side of the operator. */
const MAX_SPACES = 16;

export function assignmentMatcher(spec: AssignmentSpec): KeywordMatcher {
  const nameFinder = new RunFinder(new CharClass(spec.name));
  const bare = spec.bare && { part: spec.bare, finder: new RunFinder(new CharClass(spec.bare.run)) };
  const operators = [...OPERATORS, ...(spec.extraOperators ?? [])].sort((a, b) => b.length - a.length);
  /** The name span last tried: several keywords in one name (`api_token_secret`) are one attempt. */
  let lastName = { text: '', start: -1, end: -1 };
  const skipSpaces = (text: string, at: number) => {
    let end = at;
    while (end < text.length && end - at < MAX_SPACES && SPACE.has(text.charCodeAt(end))) end++;
    return end;
  };
  return {
    matchAt(text, position) {
      if (text === lastName.text && position >= lastName.start && position < lastName.end) return undefined;
      const nameStart = nameFinder.start(text, position, spec.nameMax + 1);
      const nameEnd = nameFinder.end(text, position);
      lastName = { text, start: nameStart, end: nameEnd };
      if (nameEnd - nameStart > spec.nameMax) return undefined;
      if (spec.nameTest && !spec.nameTest.test(text.slice(nameStart, nameEnd))) return undefined;
      let at = nameEnd;
      if (text[at] === '"' || text[at] === "'") at++;
      at = skipSpaces(text, at);
      const operator = operators.find((candidate) => text.startsWith(candidate, at));
      if (operator === undefined) return undefined;
      at = skipSpaces(text, at + operator.length);
      return valueAt(text, at, spec, bare);
    },
  };
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
  return RE2JS.compile(pattern);
}

/** Runs of a class with exactly `length` characters, touching none of the class on either side. */
export function exactRuns(
  text: string,
  charClass: CharClass,
  length: number,
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
    if (index - start === length) runs.push({ start, end: index });
  }
  return runs;
}
