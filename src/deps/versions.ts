/**
 * Version order across Maven, npm (semver) and PyPI (PEP 440) as far as release automation needs
 * it: the release numbers first, then the qualifier (dev < alpha < beta < milestone < rc < SNAPSHOT
 * < release < post-release), then the qualifier's own numbers.
 */
import type { Ecosystem } from './ecosystems';

interface ParsedVersion {
  release: number[];
  rank: number;
  /** The qualifier's tokens after its kind, e.g. [1] for rc.1. */
  rest: (string | number)[];
}

const RELEASE_RANK = 6;
const QUALIFIER_RANKS: Record<string, number> = {
  dev: 0,
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  milestone: 3,
  m: 3,
  pre: 3,
  preview: 3,
  ea: 3,
  rc: 4,
  cr: 4,
  c: 4,
  snapshot: 5,
  ga: RELEASE_RANK,
  final: RELEASE_RANK,
  release: RELEASE_RANK,
  post: 7,
  sp: 7,
};
/** npm pre-release tags have any name (1.0.0-next.3): they sort with rc. */
const NPM_UNKNOWN_TAG_RANK = 4;

/** A plain version: release numbers and an optional qualifier (no ranges, wildcards or variables). */
export function isPlainVersion(text: string): boolean {
  return (
    /^v?\d+(\.\d+)*([-.+_]?[A-Za-z0-9]+([-.+_][A-Za-z0-9]+)*)?$/.test(text) && !/\.[xX](\.|$)/.test(text)
  );
}

function parse(text: string, ecosystem: Ecosystem): ParsedVersion | undefined {
  const match = /^v?(\d+(?:\.\d+)*)(.*)$/i.exec(text.trim());
  if (!match || !isPlainVersion(text.trim())) return undefined;
  const release = (match[1] ?? '').split('.').map(Number);
  // Build metadata (semver `+build`, PEP 440 local `+ubuntu1`) does not order releases.
  const qualifier = (match[2] ?? '').replace(/\+.*$/, '').toLowerCase();
  const tokens = (qualifier.match(/[a-z]+|\d+/g) ?? []).map((token) =>
    /^\d+$/.test(token) ? Number(token) : token,
  );
  const [first] = tokens;
  if (first === undefined) return { release, rank: RELEASE_RANK, rest: [] };
  if (typeof first === 'number') {
    // 1.0.0-1: a pre-release in semver, a build number after the release in Maven.
    return { release, rank: ecosystem === 'npm' ? NPM_UNKNOWN_TAG_RANK : 7, rest: tokens };
  }
  const known = QUALIFIER_RANKS[first];
  const rank = known ?? (ecosystem === 'npm' ? NPM_UNKNOWN_TAG_RANK : RELEASE_RANK);
  return { release, rank, rest: known === undefined ? tokens : tokens.slice(1) };
}

/** Negative when a < b, positive when a > b, 0 when equal; undefined when either is not a plain version. */
export function compareVersions(a: string, b: string, ecosystem: Ecosystem): number | undefined {
  const left = parse(a, ecosystem);
  const right = parse(b, ecosystem);
  if (!left || !right) return undefined;
  const length = Math.max(left.release.length, right.release.length);
  for (let index = 0; index < length; index++) {
    const difference = (left.release[index] ?? 0) - (right.release[index] ?? 0);
    if (difference !== 0) return difference;
  }
  if (left.rank !== right.rank) return left.rank - right.rank;
  return compareTokens(left.rest, right.rest);
}

function compareTokens(a: (string | number)[], b: (string | number)[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const [x, y] = [a[index], b[index]];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    // A number sorts before a word, as semver orders pre-release identifiers.
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function isSnapshot(version: string): boolean {
  return /-SNAPSHOT$/i.test(version.trim());
}

/** SNAPSHOT, dev, alpha, beta, milestone, rc, or any npm pre-release tag. */
export function isPrerelease(version: string, ecosystem: Ecosystem): boolean {
  const parsed = parse(version, ecosystem);
  return parsed !== undefined && parsed.rank < RELEASE_RANK;
}
