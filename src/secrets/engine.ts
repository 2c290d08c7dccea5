import { createHash } from 'node:crypto';
import type { RE2JS } from 're2js';
import { CharClass } from './char-class';
import {
  assignmentMatcher,
  compileRegex,
  exactRuns,
  type KeywordMatcher,
  type Match,
  tokenMatcher,
} from './matchers';
import type { LineOrigin, RawFinding, SecretRule } from './types';
import { isNameOrText, isPlaceholder, looksLikeReference, shannonEntropy } from './values';

/** Written on a line, this marks whatever the line holds as not a secret. */
export const ALLOW_MARKER = 'rampart:allow-secret';

/** One text to scan, line by line: a file, or the lines a commit added to one file. */
export interface ScanDocument {
  /** The lines, without line breaks. */
  readonly lines: string[];
  /** The whole text, when there is one: a text without any keyword is not split into lines at all. */
  readonly text?: string;
  /** Where line `index` came from. */
  originOf(index: number): LineOrigin;
}

interface CompiledRule {
  rule: SecretRule;
  /** Token and assignment rules: tried at each keyword. */
  matcher?: KeywordMatcher;
  /** Custom rules: RE2, in windows around keywords. */
  regex?: { re2: RE2JS; maxMatchLength: number };
  nearby?: CharClass;
  examples: Set<string>;
}

/** A finding, the index of its line in the document, and whether a catch-all rule made it. */
type Located = RawFinding & { lineIndex: number; generic: boolean };

/** A piece of one line to search with a regex rule. */
interface Window {
  start: number;
  end: number;
}

/** Characters of context a regex chunk carries beyond the part whose matches it keeps. */
const CHUNK_CONTEXT = 64;

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
    nearby: rule.nearby ? new CharClass(rule.nearby.run) : undefined,
    examples: new Set(rule.examples ?? []),
  };
}

/**
 * Finds secrets with a set of rules. One pass of a literal alternation (no quantifier, so it cannot
 * backtrack) finds the rules' keywords in a line; each rule then looks only there, with a matcher
 * that is linear in the input whatever it holds.
 */
export class SecretScanner {
  private readonly compiled: CompiledRule[];
  private readonly keywordRegex?: RegExp;
  /** For each keyword: the rules it stands for, and where their own keyword starts inside it. */
  private readonly rulesByKeyword = new Map<string, { entry: CompiledRule; offset: number }[]>();
  private readonly wholeLineRules: CompiledRule[];

  constructor(rules: SecretRule[]) {
    this.compiled = rules.map(compileRule);
    this.wholeLineRules = this.compiled.filter((entry) => entry.rule.keywords.length === 0);
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
  }

  scan(document: ScanDocument): RawFinding[] {
    if (document.text !== undefined && !this.mayHoldSecrets(document.text)) return [];
    const findings: Located[] = [];
    document.lines.forEach((text, lineIndex) => {
      if (text.includes(ALLOW_MARKER)) return;
      findings.push(...this.scanLine(document, lineIndex, text));
    });
    findings.push(...this.nearbyFindings(document, findings));
    return preferSpecific(dedupe(findings))
      .sort((a, b) => a.lineIndex - b.lineIndex || a.finding.column - b.finding.column)
      .map(({ finding, secret }) => ({ finding, secret }));
  }

  /** False when no rule could match anywhere in the text: no keyword, and no rule reads whole lines. */
  private mayHoldSecrets(text: string): boolean {
    if (this.wholeLineRules.length > 0 || !this.keywordRegex) return true;
    this.keywordRegex.lastIndex = 0;
    return this.keywordRegex.test(text);
  }

  private scanLine(document: ScanDocument, lineIndex: number, text: string): Located[] {
    const found: Located[] = [];
    const windows = new Map<CompiledRule, Window[]>();
    for (const entry of this.wholeLineRules) windows.set(entry, [{ start: 0, end: text.length }]);
    const regex = this.keywordRegex;
    if (regex) {
      regex.lastIndex = 0;
      for (let hit = regex.exec(text); hit; hit = regex.exec(text)) {
        for (const { entry, offset } of this.rulesByKeyword.get(hit[0].toLowerCase()) ?? []) {
          const position = hit.index + offset;
          if (entry.matcher) {
            const match = entry.matcher.matchAt(text, position);
            if (match) found.push(...this.accept(entry, document, lineIndex, match));
          } else if (entry.regex) {
            const reach = entry.regex.maxMatchLength;
            const ranges = windows.get(entry) ?? [];
            ranges.push({ start: position - reach, end: position + reach });
            windows.set(entry, ranges);
          }
        }
        // Every start position, so that keywords overlapping a longer one are seen too.
        regex.lastIndex = hit.index + 1;
      }
    }
    for (const [entry, ranges] of windows) {
      for (const match of regexMatches(entry, text, mergeWindows(ranges, text))) {
        found.push(...this.accept(entry, document, lineIndex, match));
      }
    }
    return found;
  }

  private accept(entry: CompiledRule, document: ScanDocument, lineIndex: number, match: Match): Located[] {
    const secret = entry.rule.block ? blockSecret(document, lineIndex, entry.rule.block) : match.secret;
    if (!isSecretLike(entry, secret, match.mayBeCode)) return [];
    return [
      toFinding(entry, secret, lineIndex, { ...document.originOf(lineIndex), column: match.start + 1 }),
    ];
  }

  private nearbyFindings(document: ScanDocument, findings: Located[]): Located[] {
    return this.compiled.flatMap((entry) => {
      const { nearby } = entry.rule;
      if (!nearby || !entry.nearby) return [];
      const lines = new Set<number>();
      for (const anchor of findings.filter((raw) => raw.finding.ruleId === nearby.ruleId)) {
        for (let index = anchor.lineIndex - nearby.lines; index <= anchor.lineIndex + nearby.lines; index++) {
          if (index >= 0 && index < document.lines.length) lines.add(index);
        }
      }
      return [...lines].flatMap((lineIndex) => {
        const text = document.lines[lineIndex] ?? '';
        if (text.includes(ALLOW_MARKER)) return [];
        return exactRuns(text, entry.nearby as CharClass, nearby.length)
          .map(({ start, end }) => ({ start, secret: text.slice(start, end) }))
          .filter(({ secret }) => entry.examples.has(secret) || shannonEntropy(secret) >= nearby.minEntropy)
          .map(({ start, secret }) =>
            toFinding(entry, secret, lineIndex, { ...document.originOf(lineIndex), column: start + 1 }),
          );
      });
    });
  }
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
  for (let index = lineIndex; index < document.lines.length && lines.length < block.maxLines; index++) {
    const line = document.lines[index] ?? '';
    lines.push(line.trim());
    if (index > lineIndex && line.includes(block.end)) break;
  }
  return lines.join('\n');
}

/** `AKIA… (20 characters)`: enough to find it again, too little to use it. */
export function maskSecret(secret: string): string {
  return `${[...secret].slice(0, 4).join('')}… (${secret.length} characters)`;
}

/** A hash of rule and secret: the same wherever the secret moves, and no use for recovering it. */
export function fingerprintOf(ruleId: string, secret: string): string {
  return createHash('sha256').update(`rampart:${ruleId}:${secret}`).digest('hex').slice(0, 24);
}

function toFinding(
  entry: CompiledRule,
  secret: string,
  lineIndex: number,
  place: LineOrigin & { column: number },
): Located {
  const { rule } = entry;
  return {
    lineIndex,
    generic: rule.generic === true,
    secret,
    finding: {
      ...place,
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
  return findings.filter(({ finding }) => {
    const key = `${finding.line}:${finding.column}:${finding.fingerprint}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A generic rule's finding is dropped where a specific rule found a secret inside it on the same line. */
function preferSpecific(findings: Located[]): Located[] {
  const specific = findings.filter((raw) => !raw.generic);
  return findings.filter(
    (raw) =>
      !raw.generic ||
      !specific.some((other) => other.lineIndex === raw.lineIndex && raw.secret.includes(other.secret)),
  );
}
