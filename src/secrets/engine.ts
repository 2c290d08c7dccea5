import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { RE2JS } from 're2js';
import { CharClass } from './char-class';
import { isSourceCode } from './file-kinds';
import {
  assignmentMatcher,
  compileRegex,
  exactRuns,
  type KeywordMatcher,
  type LineContext,
  type Match,
  tokenMatcher,
} from './matchers';
import { type HitFilter, KeywordBytes } from './keyword-bytes';
import type { LineOrigin, RawFinding, SecretRule } from './types';
import { isNameOrText, isPlaceholder, looksLikeReference, shannonEntropy } from './values';

/** Written on a line, this marks whatever the line holds as not a secret. */
export const ALLOW_MARKER = 'rampart:allow-secret';

/** One text to scan, line by line: a file, or the lines a commit added to one file. */
export interface ScanDocument {
  /** How many lines there are. */
  readonly lineCount: number;
  /** The text's length in UTF-16 code units, line breaks included. */
  readonly characterCount: number;
  /** Line `index`, without its line break ('' past the end). */
  line(index: number): string;
  /** The whole text, when there is one: a text without any keyword is not split into lines at all. */
  readonly text?: string;
  /**
   * The text's UTF-8 bytes, when it was read from a file: the keywords are found in the bytes, and
   * only the lines they are on are decoded. Only valid during the scan (a reader may reuse it).
   */
  readonly bytes?: Buffer;
  /** Whether `bytes` are all ASCII (byte and character offsets are then the same). */
  readonly ascii?: boolean;
  /** Where line `index` came from. */
  originOf(index: number): LineOrigin;
}

interface CompiledRule {
  rule: SecretRule;
  /** Token and assignment rules: tried at each keyword. */
  matcher?: KeywordMatcher;
  /** Custom rules: RE2, in windows around keywords. */
  regex?: { re2: RE2JS; maxMatchLength: number };
  /** A near rule's token, or the token a `nearby` rule finds next to another rule's findings. */
  near?: { run: CharClass; boundary: CharClass };
  examples: Set<string>;
}

/**
 * A candidate finding: its rule, secret and place, and its rank: 0 a specific rule, 1 the catch-all
 * rule, 2 a rule that goes by context alone; where two find the same secret, the lower rank is
 * reported. Only those reported become findings (with a fingerprint, a hash).
 */
interface Located {
  entry: CompiledRule;
  secret: string;
  lineIndex: number;
  column: number;
  rank: number;
}

/** A rule that a keyword stands for, and where the rule's own keyword starts inside it. */
interface RuleAt {
  entry: CompiledRule;
  offset: number;
}

/**
 * Keyword hits: where each is, and the rules of its keyword. The scanner keeps one for the line it
 * is scanning and refills it for each line, so that a line costs no allocation for its hits.
 */
class Hits {
  count = 0;
  readonly indexes: number[] = [];
  readonly rules: RuleAt[][] = [];

  clear(): this {
    this.count = 0;
    return this;
  }

  push(index: number, rules: RuleAt[]): void {
    this.indexes[this.count] = index;
    this.rules[this.count] = rules;
    this.count++;
  }
}

/** What the scan of one document gathers as it goes. */
interface ScanState {
  findings: Located[];
  /** For each near rule, the lines its keywords are on. */
  keywordLines: Map<CompiledRule, number[]>;
  context: LineContext;
  /** The index of a line from the key scanLine was given for it (a line index, or a byte offset). */
  lineIndexOf: (lineKey: number) => number;
}

/** A piece of one line to search with a regex rule. */
interface Window {
  start: number;
  end: number;
}

/** Characters of context a regex chunk carries beyond the part whose matches it keeps. */
const CHUNK_CONTEXT = 64;

function nearClasses(rule: SecretRule): CompiledRule['near'] {
  const near = rule.match.kind === 'near' ? rule.match : rule.nearby;
  return near && { run: new CharClass(near.run), boundary: new CharClass(near.boundary) };
}

function compileRule(rule: SecretRule): CompiledRule {
  const { match } = rule;
  return {
    rule,
    matcher:
      match.kind === 'token'
        ? tokenMatcher(match)
        : match.kind === 'assignment'
          ? assignmentMatcher(match)
          : undefined,
    regex:
      match.kind === 'regex'
        ? { re2: compileRegex(match.pattern), maxMatchLength: match.maxMatchLength }
        : undefined,
    near: nearClasses(rule),
    examples: new Set(rule.examples ?? []),
  };
}

/**
 * Finds secrets with a set of rules. The rules' keywords are found first, in a file's bytes by the
 * keyword pass (keyword-bytes.ts), in other text by one literal alternation (no quantifier, so it
 * cannot backtrack); each rule then looks only there, with a matcher that is linear in the input
 * whatever it holds.
 */
export class SecretScanner {
  private readonly compiled: CompiledRule[];
  private readonly keywordRegex?: RegExp;
  /** For each keyword: the rules it stands for, and where their own keyword starts inside it. */
  private readonly rulesByKeyword = new Map<string, RuleAt[]>();
  private readonly wholeLineRules: CompiledRule[];
  /** Rules that find a token next to another rule's findings. */
  private readonly nearbyRules: CompiledRule[];
  private readonly keywordBytes?: KeywordBytes;
  /** rulesByKeyword by the index of a keyword in keywordBytes. */
  private readonly rulesByKeywordIndex: RuleAt[][];
  private readonly lineHits = new Hits();
  /** Counts the lines scanned, for LineContext.lineSerial. */
  private linesScanned = 0;

  constructor(rules: SecretRule[]) {
    this.compiled = rules.map(compileRule);
    this.wholeLineRules = this.compiled.filter((entry) => entry.rule.keywords.length === 0);
    this.nearbyRules = this.compiled.filter((entry) => entry.rule.nearby);
    const keywords = [...new Set(this.compiled.flatMap((entry) => entry.rule.keywords))].sort(
      (a, b) => b.length - a.length,
    );
    for (const keyword of keywords) {
      // A keyword also stands for every keyword inside it ("aws_secret" holds "secret").
      this.rulesByKeyword.set(
        keyword,
        this.compiled.flatMap((entry) =>
          entry.rule.keywords.flatMap((own) => offsetsOf(keyword, own).map((offset) => ({ entry, offset }))),
        ),
      );
    }
    if (keywords.length > 0) this.keywordRegex = new RegExp(keywords.map(escapeRegExp).join('|'), 'gi');
    this.rulesByKeywordIndex = keywords.map((keyword) => this.rulesByKeyword.get(keyword) ?? []);
    this.keywordBytes = KeywordBytes.of(keywords, this.rulesByKeywordIndex.map(hitFilters));
  }

  scan(document: ScanDocument): RawFinding[] {
    const state: ScanState = {
      findings: [],
      keywordLines: new Map(),
      context: { codeFile: isSourceCode(document.originOf(0).path), lineSerial: 0 },
      lineIndexOf: (lineIndex) => lineIndex,
    };
    // A whole text is searched in one pass, and only the lines with a keyword are cut out of it.
    if (document.bytes !== undefined && this.keywordBytes && this.wholeLineRules.length === 0) {
      this.scanBytes(document, document.bytes, this.keywordBytes, state);
    } else if (document.text !== undefined && this.wholeLineRules.length === 0) {
      this.scanText(document, document.text, state);
    } else {
      for (let lineIndex = 0; lineIndex < document.lineCount; lineIndex++) {
        const text = document.line(lineIndex);
        this.scanLine(document, lineIndex, text, this.keywordHits(text, this.lineHits.clear()), state);
      }
    }
    const { findings } = state;
    for (const [entry, lines] of state.keywordLines)
      findings.push(...this.tokensNear(entry, document, lines));
    // Most files have none: they cost no further pass.
    if (findings.length === 0) return [];
    findings.push(...this.nearbyFindings(document, findings));
    return preferSpecific(dedupe(findings))
      .sort((a, b) => a.lineIndex - b.lineIndex || a.column - b.column)
      .map((found) => rawFinding(found, document));
  }

  /** Where the keywords are, at every start position (so that one overlapping a longer one is seen too), added to `hits`. */
  private keywordHits(text: string, hits: Hits): Hits {
    const regex = this.keywordRegex;
    if (!regex) return hits;
    regex.lastIndex = 0;
    for (let hit = regex.exec(text); hit; hit = regex.exec(text)) {
      hits.push(hit.index, this.rulesByKeyword.get(hit[0].toLowerCase()) ?? []);
      regex.lastIndex = hit.index + 1;
    }
    return hits;
  }

  /** The text's keyword hits, grouped by line; each line with hits is scanned on its own. */
  private scanText(document: ScanDocument, text: string, state: ScanState): void {
    const hits = this.keywordHits(text, new Hits());
    let lineIndex = 0;
    let lineStart = 0;
    let next = 0;
    while (next < hits.count) {
      const first = hits.indexes[next] as number;
      for (
        let newline = text.indexOf('\n', lineStart);
        newline !== -1 && newline < first;
        newline = text.indexOf('\n', lineStart)
      ) {
        lineStart = newline + 1;
        lineIndex++;
      }
      const newline = text.indexOf('\n', first);
      const lineEnd = newline === -1 ? text.length : newline;
      const onLine = this.lineHits.clear();
      for (; next < hits.count && (hits.indexes[next] as number) < lineEnd; next++) {
        onLine.push((hits.indexes[next] as number) - lineStart, hits.rules[next] as RuleAt[]);
      }
      const line = text.slice(lineStart, text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd);
      this.scanLine(document, lineIndex, line, onLine, state);
    }
  }

  /**
   * scanText on the undecoded bytes: the keywords are found in the bytes, and only their lines are
   * decoded. Lines are counted only when a line's index is needed (a finding, a near rule's keyword).
   */
  private scanBytes(
    document: ScanDocument,
    bytes: Buffer,
    keywordBytes: KeywordBytes,
    state: ScanState,
  ): void {
    const hits = keywordBytes.find(bytes);
    const { positions, keywords } = hits;
    const ascii = document.ascii ?? isAscii(bytes);
    const counter = new LineCounter(bytes);
    state.lineIndexOf = (lineStart) => counter.lineOf(lineStart);
    let next = 0;
    while (next < hits.count) {
      const first = positions[next] as number;
      const lineStart = bytes.lastIndexOf(NEWLINE, first) + 1;
      const newline = bytes.indexOf(NEWLINE, first);
      const lineEnd = newline === -1 ? bytes.length : newline;
      const contentEnd = bytes[lineEnd - 1] === CARRIAGE_RETURN ? lineEnd - 1 : lineEnd;
      const lineHits = this.lineHits.clear();
      for (; next < hits.count && (positions[next] as number) < lineEnd; next++) {
        const keyword = keywords[next] as number;
        lineHits.push((positions[next] as number) - lineStart, this.rulesByKeywordIndex[keyword] as RuleAt[]);
      }
      // Outside ASCII, byte and character offsets differ: the decoded line is searched again.
      const asciiLine = ascii || isAscii(bytes.subarray(lineStart, contentEnd));
      const line = bytes.toString(asciiLine ? 'latin1' : 'utf8', lineStart, contentEnd);
      this.scanLine(
        document,
        lineStart,
        line,
        asciiLine ? lineHits : this.keywordHits(line, lineHits.clear()),
        state,
      );
    }
  }

  /** `lineKey`: what state.lineIndexOf turns into the line's index, if a finding needs it. */
  private scanLine(
    document: ScanDocument,
    lineKey: number,
    text: string,
    hits: Hits,
    state: ScanState,
  ): void {
    if (text.includes(ALLOW_MARKER)) return;
    state.context.lineSerial = ++this.linesScanned;
    // Only regex rules need windows: most lines have none, and no map is made for them.
    let windows: Map<CompiledRule, Window[]> | undefined;
    if (this.wholeLineRules.length > 0) {
      windows = new Map(this.wholeLineRules.map((entry) => [entry, [{ start: 0, end: text.length }]]));
    }
    for (let hit = 0; hit < hits.count; hit++) {
      for (const { entry, offset } of hits.rules[hit] as RuleAt[]) {
        const position = (hits.indexes[hit] as number) + offset;
        if (entry.matcher) {
          const match = entry.matcher.matchAt(text, position, state.context);
          if (match) state.findings.push(...this.accept(entry, document, match, state, lineKey));
        } else if (entry.rule.match.kind === 'near') {
          const lineIndex = state.lineIndexOf(lineKey);
          const lines = state.keywordLines.get(entry) ?? [];
          if (lines.at(-1) !== lineIndex) lines.push(lineIndex);
          state.keywordLines.set(entry, lines);
        } else if (entry.regex) {
          const reach = entry.regex.maxMatchLength;
          windows ??= new Map();
          const ranges = windows.get(entry) ?? [];
          ranges.push({ start: position - reach, end: position + reach });
          windows.set(entry, ranges);
        }
      }
    }
    if (!windows) return;
    for (const [entry, ranges] of windows) {
      for (const match of regexMatches(entry, text, mergeWindows(ranges, text))) {
        state.findings.push(...this.accept(entry, document, match, state, lineKey));
      }
    }
  }

  /** The line's index is worked out only for a secret (counting lines costs, and most matches are not). */
  private accept(
    entry: CompiledRule,
    document: ScanDocument,
    match: Match,
    state: ScanState,
    lineKey: number,
  ): Located[] {
    const { block } = entry.rule;
    const secret = block ? blockSecret(document, state.lineIndexOf(lineKey), block) : match.secret;
    if (!isSecretLike(entry, secret, match.mayBeCode)) return [];
    return [located(entry, secret, state.lineIndexOf(lineKey), match.start + 1)];
  }

  /** A near rule's tokens within its lines of the lines where its keywords are. */
  private tokensNear(entry: CompiledRule, document: ScanDocument, anchorLines: number[]): Located[] {
    const { match } = entry.rule;
    if (match.kind !== 'near') return [];
    // On a keyword's own line the context is as good as a name: such a finding outranks the others.
    const keywordLines = new Set(anchorLines);
    return this.runsNear(entry, document, anchorLines, { lines: match.lines, length: match.length })
      .filter((raw) => isSecretLike(entry, raw.secret, false))
      .map((raw) => (keywordLines.has(raw.lineIndex) ? { ...raw, rank: 0 } : raw));
  }

  /** A `nearby` rule's tokens next to the findings of the rule it names (an AWS secret key by its key ID). */
  private nearbyFindings(document: ScanDocument, findings: Located[]): Located[] {
    return this.nearbyRules.flatMap((entry) => {
      const { nearby } = entry.rule;
      if (!nearby) return [];
      const anchors = findings
        .filter((raw) => raw.entry.rule.id === nearby.ruleId)
        .map((raw) => raw.lineIndex);
      return this.runsNear(entry, document, anchors, nearby).filter(
        (raw) => entry.examples.has(raw.secret) || shannonEntropy(raw.secret) >= nearby.minEntropy,
      );
    });
  }

  /** Runs of the rule's near class, exactly `length` long, within `lines` lines of the anchors. */
  private runsNear(
    entry: CompiledRule,
    document: ScanDocument,
    anchorLines: number[],
    near: { lines: number; length: number },
  ): Located[] {
    const lines = new Set<number>();
    for (const anchor of anchorLines) {
      for (let index = anchor - near.lines; index <= anchor + near.lines; index++) {
        if (index >= 0 && index < document.lineCount) lines.add(index);
      }
    }
    return [...lines].flatMap((lineIndex) => {
      const text = document.line(lineIndex);
      if (text.includes(ALLOW_MARKER) || !entry.near) return [];
      return exactRuns(text, entry.near.run, near.length, entry.near.boundary).map(({ start, end }) =>
        located(entry, text.slice(start, end), lineIndex, start + 1),
      );
    });
  }
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The index of the line a byte offset is on, counting newlines from the last offset asked for (offsets only grow). */
class LineCounter {
  private offset = 0;
  private line = 0;

  constructor(private readonly bytes: Buffer) {}

  lineOf(offset: number): number {
    const { bytes } = this;
    // A loop over the bytes: a native search per line costs more than the bytes it skips.
    for (let at = this.offset; at < offset; at++) if (bytes[at] === NEWLINE) this.line++;
    this.offset = Math.max(this.offset, offset);
    return this.line;
  }
}

/**
 * The checks on the bytes a keyword's hit must pass, one of them, for its line to be read: none
 * (every hit is read) when a rule of the keyword has no matcher to say (near and regex rules).
 */
function hitFilters(rules: RuleAt[]): HitFilter[] {
  if (rules.some(({ entry }) => !entry.matcher)) return [];
  return rules.flatMap(({ entry, offset }) =>
    (entry.matcher?.byteFilters ?? []).map((steps) => ({ offset, steps })),
  );
}

function isSecretLike(entry: CompiledRule, secret: string, mayBeCode: boolean): boolean {
  const { rule } = entry;
  if (entry.examples.has(secret)) return true;
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return false;
  if (rule.rejectPlaceholders && isPlaceholder(secret)) return false;
  if (rule.generic && isNameOrText(secret)) return false;
  return !(mayBeCode && looksLikeReference(secret));
}

function offsetsOf(text: string, part: string): number[] {
  const offsets: number[] = [];
  for (let index = text.indexOf(part); index >= 0; index = text.indexOf(part, index + 1)) offsets.push(index);
  return offsets;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Clips windows to the line and merges those that overlap. */
function mergeWindows(windows: Window[], text: string): Window[] {
  const clipped = windows
    .map((window) => ({ start: Math.max(0, window.start), end: Math.min(text.length, window.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: Window[] = [];
  for (const window of clipped) {
    const last = merged.at(-1);
    if (last && window.start <= last.end) last.end = Math.max(last.end, window.end);
    else merged.push(window);
  }
  return merged;
}

/**
 * A regex rule's matches in its windows, run in chunks of about twice its longest match (re2js
 * then uses its bit-state matcher, many times faster than its NFA on long inputs). A chunk keeps the
 * matches whose secret starts in its own part; the next chunk, which overlaps it by a longest match,
 * finds the later ones. Context on both sides keeps `^` and `$` from matching at a chunk's edge.
 */
function regexMatches(entry: CompiledRule, text: string, windows: Window[]): Match[] {
  const regex = entry.regex;
  if (!regex) return [];
  const step = regex.maxMatchLength + CHUNK_CONTEXT;
  const matches: Match[] = [];
  for (const window of windows) {
    for (let own = window.start; own < window.end; own += step) {
      const ownEnd = Math.min(own + step, window.end);
      const chunkStart = Math.max(0, own - CHUNK_CONTEXT);
      const matcher = regex.re2.matcher(text.slice(chunkStart, Math.min(text.length, ownEnd + step)));
      while (matcher.find()) {
        let group = 0;
        for (let index = 1; index <= matcher.groupCount() && group === 0; index++) {
          if (matcher.group(index) !== null) group = index;
        }
        const start = chunkStart + matcher.start(group);
        if (start < own || start >= ownEnd) continue;
        matches.push({
          start,
          end: chunkStart + matcher.end(group),
          secret: matcher.group(group) ?? '',
          mayBeCode: false,
        });
      }
    }
  }
  return matches;
}

/** A PEM block from its BEGIN line to its END line (or as far as it goes). */
function blockSecret(
  document: ScanDocument,
  lineIndex: number,
  block: { end: string; maxLines: number },
): string {
  const lines: string[] = [];
  for (let index = lineIndex; index < document.lineCount && lines.length < block.maxLines; index++) {
    const line = document.line(index);
    lines.push(line.trim());
    if (index > lineIndex && line.includes(block.end)) break;
  }
  return lines.join('\n');
}

/** `AKIA… (20 characters)`: enough to find it again, too little to use it. */
export function maskSecret(secret: string): string {
  let shown = '';
  let characters = 0;
  // Characters, not code units (a secret may start outside the BMP); a private key runs to kilobytes.
  for (const character of secret) {
    if (characters++ === 4) break;
    shown += character;
  }
  return `${shown}… (${secret.length} characters)`;
}

/** A hash of rule and secret: the same wherever the secret moves, and no use for recovering it. */
export function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`rampart:${ruleId}:${secret}`).digest('hex').slice(0, 24);
}

function located(entry: CompiledRule, secret: string, lineIndex: number, column: number): Located {
  const { rule } = entry;
  return { entry, secret, lineIndex, column, rank: rule.match.kind === 'near' ? 2 : rule.generic ? 1 : 0 };
}

function rawFinding({ entry, secret, lineIndex, column }: Located, document: ScanDocument): RawFinding {
  const { rule } = entry;
  return {
    secret,
    finding: {
      ...document.originOf(lineIndex),
      column,
      ruleId: rule.id,
      description: rule.description,
      severity: rule.severity,
      preview: maskSecret(secret),
      fingerprint: fingerprintOf(rule.id, secret),
      example: entry.examples.has(secret),
    },
  };
}

/** The same secret found twice at one place (two keywords, or a nearby and a direct match). */
function dedupe(findings: Located[]): Located[] {
  const seen = new Set<string>();
  return findings.filter(({ entry, secret, lineIndex, column }) => {
    const key = `${lineIndex}:${column}:${entry.rule.id}:${secret}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Where rules of different rank found the same secret (or one inside the other) on a line, the lowest rank stays. */
function preferSpecific(findings: Located[]): Located[] {
  return findings.filter(
    (raw) =>
      !findings.some(
        (other) =>
          other.rank < raw.rank &&
          other.lineIndex === raw.lineIndex &&
          (raw.secret.includes(other.secret) || other.secret.includes(raw.secret)),
      ),
  );
}
