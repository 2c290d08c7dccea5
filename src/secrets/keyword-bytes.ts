import type { CharClass } from './char-class';
import { KEYWORD_SCAN_WASM } from './keyword-scan-wasm';

/**
 * The keyword pass over a file's raw bytes, before any decoding, in WebAssembly with SIMD
 * (keyword-scan.wat): 16 positions at a time are tested against nibble tables of the keywords'
 * first four bytes, in eight buckets; where one passes, the keywords that share the position's
 * first three bytes are compared, and a keyword found is reported only if one of its filters passes.
 * Without filters it reports what the engine's case-insensitive keyword regex reports on the
 * decoded text: at each position, the longest keyword that starts there. Linear: each block of 16
 * bytes costs a few vector instructions, a candidate position at most its keywords' lengths, and a
 * filter at most 256 bytes.
 */

/** Bytes of the fingerprint the vector filter tests; a shorter keyword passes on any byte beyond it. */
const FINGERPRINT = 4;
const MIN_KEYWORD_LENGTH = 3;
const BUCKETS = 8;
/**
 * Positions searched per call: the input window, the hits and the memory stay this size whatever
 * the file. A multiple of 16, as the module needs (it reads positions 16 at a time).
 */
const WINDOW = 1 << 18;
/** The filter reads up to this many bytes past the last position of a window. */
const READ_AHEAD = 16 + FINGERPRINT;
/** `| 32` folds A–Z to a–z (and leaves digits and most punctuation as they are). */
const FOLD = 0x20;
const PAGE = 1 << 16;

/** Layout of the tables (see keyword-scan.wat). */
const TABLES = 0;
const SLOT_MASK = TABLES + 128;
const FILTER_TABLE = TABLES + 132;
const CLASSES = TABLES + 136;
const SLOTS = TABLES + 144;
/** Hash slots per distinct key, at least: probes stay short. */
const SLOTS_PER_KEY = 4;

/** Printable ASCII: the bytes of such a keyword are the same in every encoding the engine reads. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/**
 * A step of a check on the bytes from a keyword's position: a run of a class (of at least `min`
 * bytes, and taken `max` bytes at most), or the first of some literals that is there ('' always is).
 */
export type FilterStep = { run: CharClass; min: number; max?: number } | { literals: readonly string[] };

/** Steps that a hit's bytes must pass, from `offset` bytes after the keyword's position. */
export interface HitFilter {
  offset: number;
  steps: readonly FilterStep[];
}

/** Positions and keywords found in one pass; the arrays grow as needed and are reused. */
export interface ByteHits {
  count: number;
  positions: Int32Array;
  keywords: Uint16Array;
}

/** The WebAssembly API this file uses (the project's `lib` has no WebAssembly types). */
declare const WebAssembly: {
  Module: new (binary: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
};

interface KeywordScanExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  find(tables: number, input: number, to: number, length: number, positions: number, ids: number): number;
}

let compiled: object | undefined;

function instantiate(): KeywordScanExports {
  compiled ??= new WebAssembly.Module(Buffer.from(KEYWORD_SCAN_WASM, 'base64'));
  return new WebAssembly.Instance(compiled, {}).exports as unknown as KeywordScanExports;
}

const isLetter = (byte: number) => byte >= 0x61 && byte <= 0x7a;

export class KeywordBytes {
  private readonly wasm = instantiate();
  private readonly longest: number;
  /** Addresses in the module's memory. */
  private readonly input: number;
  private readonly positionsOut: number;
  private readonly idsOut: number;
  private readonly hits: ByteHits = {
    count: 0,
    positions: new Int32Array(1024),
    keywords: new Uint16Array(1024),
  };

  /**
   * `filters[i]`: the filters of keyword i, one of which a hit must pass to be reported (none: every
   * hit is). Undefined when a keyword is shorter than three characters or not printable ASCII: such
   * keywords are searched in the decoded text.
   */
  static of(
    keywords: readonly string[],
    filters: readonly (readonly HitFilter[])[] = [],
  ): KeywordBytes | undefined {
    const usable =
      keywords.length > 0 &&
      keywords.every((keyword) => keyword.length >= MIN_KEYWORD_LENGTH && PRINTABLE_ASCII.test(keyword));
    return usable ? new KeywordBytes(keywords, filters) : undefined;
  }

  /** `keywords`: lower case. */
  private constructor(
    readonly keywords: readonly string[],
    filters: readonly (readonly HitFilter[])[],
  ) {
    this.longest = Math.max(...keywords.map((keyword) => keyword.length));
    const tables = tablesFor(keywords, filters);
    this.input = align(tables.length);
    this.positionsOut = align(this.input + WINDOW + this.longest + READ_AHEAD);
    this.idsOut = this.positionsOut + 4 * WINDOW;
    const { memory } = this.wasm;
    memory.grow(Math.max(0, Math.ceil((this.idsOut + 4 * WINDOW) / PAGE) - memory.buffer.byteLength / PAGE));
    new Uint8Array(memory.buffer).set(tables, TABLES);
  }

  /** Every keyword position in `bytes`, in order; the result is overwritten by the next call. */
  find(bytes: Uint8Array): ByteHits {
    this.hits.count = 0;
    const memory = new Uint8Array(this.wasm.memory.buffer);
    for (let start = 0; start < bytes.length; start += WINDOW) {
      // A window carries the bytes of a keyword that starts in it and ends past it.
      const length = Math.min(bytes.length - start, WINDOW + this.longest);
      memory.set(bytes.subarray(start, start + length), this.input);
      const to = Math.min(WINDOW, length);
      const found = this.wasm.find(TABLES, this.input, to, length, this.positionsOut, this.idsOut);
      this.append(found, start);
    }
    return this.hits;
  }

  private append(found: number, offset: number): void {
    const { hits } = this;
    if (hits.count + found > hits.positions.length) {
      const capacity = Math.max(hits.positions.length * 2, hits.count + found);
      const positions = new Int32Array(capacity);
      const keywords = new Uint16Array(capacity);
      positions.set(hits.positions.subarray(0, hits.count));
      keywords.set(hits.keywords.subarray(0, hits.count));
      hits.positions = positions;
      hits.keywords = keywords;
    }
    const positions = new Int32Array(this.wasm.memory.buffer, this.positionsOut, found);
    const ids = new Int32Array(this.wasm.memory.buffer, this.idsOut, found);
    for (let index = 0; index < found; index++) {
      hits.positions[hits.count] = (positions[index] as number) + offset;
      hits.keywords[hits.count] = ids[index] as number;
      hits.count++;
    }
  }
}

function align(address: number): number {
  return Math.ceil(address / 16) * 16;
}

/** Keywords the vector filter tests together: for each fingerprint byte, the low and high nibbles they may have (16-bit masks). */
interface Bucket {
  nibbles: number[];
}

const ANY_NIBBLE = 0xffff;

/** A letter passes in either case: its upper case differs only in the high nibble (4 for 6, 5 for 7). */
function bucketOf(keyword: string): Bucket {
  const bytes = Buffer.from(keyword.slice(0, FINGERPRINT), 'latin1');
  const nibbles: number[] = [];
  for (let offset = 0; offset < FINGERPRINT; offset++) {
    const byte = bytes[offset];
    if (byte === undefined) {
      nibbles.push(ANY_NIBBLE, ANY_NIBBLE);
      continue;
    }
    const upper = isLetter(byte) ? 1 << ((byte & ~FOLD) >> 4) : 0;
    nibbles.push(1 << (byte & 0x0f), (1 << (byte >> 4)) | upper);
  }
  return { nibbles };
}

function merged(a: Bucket, b: Bucket): Bucket {
  return { nibbles: a.nibbles.map((mask, index) => mask | (b.nibbles[index] as number)) };
}

/** How many byte sequences a bucket passes, or the two together: the product of their masks' sizes. */
function breadth(bucket: Bucket, other?: Bucket): number {
  let product = 1;
  bucket.nibbles.forEach((mask, index) => (product *= bitCount(mask | (other?.nibbles[index] ?? 0))));
  return product;
}

/** The number of bits set in a 16-bit mask. */
function bitCount(mask: number): number {
  const pairs = mask - ((mask >> 1) & 0x5555);
  const nibbles = (pairs & 0x3333) + ((pairs >> 2) & 0x3333);
  const bytes = (nibbles + (nibbles >> 4)) & 0x0f0f;
  return (bytes + (bytes >> 8)) & 0x1f;
}

/**
 * The keywords in at most eight buckets, merged pairwise where that widens the buckets the least:
 * the fewer byte sequences a bucket passes, the fewer false candidates.
 */
function bucketsOf(keywords: readonly string[]): Bucket[] {
  const byFingerprint = new Map<string, Bucket>();
  for (const keyword of keywords) byFingerprint.set(keyword.slice(0, FINGERPRINT), bucketOf(keyword));
  const buckets = [...byFingerprint.values()];
  const breadths = buckets.map((bucket) => breadth(bucket));
  while (buckets.length > BUCKETS) {
    let best = { first: 0, second: 1, growth: Infinity };
    // With many keywords (custom rules), only neighbours are tried: the search stays quadratic.
    const reach = buckets.length > 128 ? 1 : buckets.length;
    for (let first = 0; first < buckets.length; first++) {
      for (let second = first + 1; second < Math.min(buckets.length, first + 1 + reach); second++) {
        const a = buckets[first] as Bucket;
        const b = buckets[second] as Bucket;
        const growth = breadth(a, b) - (breadths[first] as number) - (breadths[second] as number);
        if (growth < best.growth) best = { first, second, growth };
      }
    }
    buckets[best.first] = merged(buckets[best.first] as Bucket, buckets[best.second] as Bucket);
    breadths[best.first] = breadth(buckets[best.first] as Bucket);
    buckets.splice(best.second, 1);
    breadths.splice(best.second, 1);
  }
  return buckets;
}

/** A keyword's key in the hash table: its first three bytes, each | 0x20, little-endian (as the module reads them). */
function keyOf(keyword: string): number {
  let key = 0;
  for (let index = 0; index < MIN_KEYWORD_LENGTH; index++)
    key |= (keyword.charCodeAt(index) | FOLD) << (8 * index);
  return key;
}

/** The hash table's slot of a key: the module's multiplicative hash, then linear probing. */
function slotOf(key: number, mask: number, taken: (slot: number) => boolean): number {
  let slot = (Math.imul(key, 0x9e3779b1) >>> 16) & mask;
  while (taken(slot)) slot = (slot + 1) & mask;
  return slot;
}

/** Bytes laid out one part after another, each part at an address known once it is placed. */
class Layout {
  private bytes = new Uint8Array(4096);
  view = new DataView(this.bytes.buffer);

  constructor(public length: number) {}

  /** Room for `size` bytes at the end: its address. */
  place(size: number): number {
    const at = this.length;
    this.length += size;
    if (this.length > this.bytes.length) {
      const larger = new Uint8Array(2 ** Math.ceil(Math.log2(this.length)));
      larger.set(this.bytes);
      this.bytes = larger;
      this.view = new DataView(larger.buffer);
    }
    return at;
  }

  write(at: number, bytes: ArrayLike<number>): void {
    this.bytes.set(bytes, at);
  }

  result(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

/** The tables, keyword lists and filters keyword-scan.wat reads, laid out from address 0. */
function tablesFor(keywords: readonly string[], filters: readonly (readonly HitFilter[])[]): Uint8Array {
  const byKey = new Map<number, number[]>();
  keywords.forEach((keyword, index) =>
    byKey.set(keyOf(keyword), [...(byKey.get(keyOf(keyword)) ?? []), index]),
  );
  const slotCount = 2 ** Math.ceil(Math.log2(SLOTS_PER_KEY * byKey.size));
  const layout = new Layout(SLOTS + 8 * slotCount);
  writeNibbleTables(layout, keywords);
  // Each keyword's bytes (lower case), then its fold bytes.
  const keywordAddress = keywords.map((keyword) => {
    const keywordBytes = Buffer.from(keyword, 'latin1');
    const at = layout.place(2 * keyword.length);
    layout.write(at, keywordBytes);
    layout.write(
      at + keyword.length,
      keywordBytes.map((byte) => (isLetter(byte) ? FOLD : 0)),
    );
    return at;
  });
  layout.view.setInt32(SLOT_MASK, slotCount - 1, true);
  for (const [key, indexes] of byKey) {
    const list = layout.place(4 + 12 * indexes.length);
    const slot = slotOf(
      key,
      slotCount - 1,
      (candidate) => layout.view.getInt32(SLOTS + 8 * candidate, true) !== 0,
    );
    layout.view.setInt32(SLOTS + 8 * slot, key, true);
    layout.view.setInt32(SLOTS + 8 * slot + 4, list, true);
    layout.view.setInt32(list, indexes.length, true);
    const longestFirst = [...indexes].sort(
      (a, b) => (keywords[b] as string).length - (keywords[a] as string).length,
    );
    longestFirst.forEach((index, position) => {
      const entry = list + 4 + 12 * position;
      layout.view.setInt32(entry, index, true);
      layout.view.setInt32(entry + 4, (keywords[index] as string).length, true);
      layout.view.setInt32(entry + 8, keywordAddress[index] as number, true);
    });
  }
  writeFilters(
    layout,
    keywords.map((_, index) => filters[index] ?? []),
  );
  return layout.result();
}

/** Each keyword's filters, and the byte classes their runs use (see keyword-scan.wat). */
function writeFilters(layout: Layout, filters: (readonly HitFilter[])[]): void {
  const classes: CharClass[] = [];
  const classIndex = (charClass: CharClass) => {
    const known = classes.indexOf(charClass);
    if (known !== -1) return known;
    if (classes.length === 256) throw new Error('the keyword filters use more than 256 character classes');
    return classes.push(charClass) - 1;
  };
  const table = layout.place(4 * filters.length);
  layout.view.setInt32(FILTER_TABLE, table, true);
  filters.forEach((keywordFilters, keyword) => {
    const list = layout.place(4 + 8 * keywordFilters.length);
    layout.view.setInt32(table + 4 * keyword, list, true);
    layout.view.setInt32(list, keywordFilters.length, true);
    keywordFilters.forEach((filter, index) => {
      const steps = encodeSteps(filter.steps, classIndex);
      const at = layout.place(steps.length);
      layout.write(at, steps);
      layout.view.setInt32(list + 4 + 8 * index, filter.offset, true);
      layout.view.setInt32(list + 8 + 8 * index, at, true);
    });
  });
  const tables = layout.place(256 * classes.length);
  layout.view.setInt32(CLASSES, tables, true);
  classes.forEach((charClass, index) => {
    const table = new Uint8Array(256).map((_, byte) => (charClass.has(byte) ? 1 : 0));
    layout.write(tables + 256 * index, table);
  });
}

const STEP_END = 0;
const STEP_RUN = 1;
const STEP_LITERALS = 2;
/** A run's length is counted in 16 bits: a run without an upper bound stops counting there. */
const UNBOUNDED = 0xffff;

function encodeSteps(steps: readonly FilterStep[], classIndex: (charClass: CharClass) => number): number[] {
  const bytes: number[] = [];
  for (const step of steps) {
    if ('run' in step) {
      const max = Math.min(step.max ?? UNBOUNDED, UNBOUNDED);
      bytes.push(STEP_RUN, classIndex(step.run), step.min & 0xff, step.min >> 8, max & 0xff, max >> 8);
    } else {
      bytes.push(STEP_LITERALS, step.literals.length);
      for (const literal of step.literals) {
        const literalBytes = Buffer.from(literal, 'utf8');
        bytes.push(literalBytes.length, ...literalBytes);
      }
    }
  }
  bytes.push(STEP_END);
  return bytes;
}

/** The filter's nibble tables: for each fingerprint byte, the buckets each low and each high nibble may belong to. */
function writeNibbleTables(layout: Layout, keywords: readonly string[]): void {
  const tables = new Uint8Array(128);
  bucketsOf(keywords).forEach((bucket, bucketIndex) => {
    bucket.nibbles.forEach((mask, table) => {
      for (let nibble = 0; nibble < 16; nibble++) {
        const entry = 16 * table + nibble;
        if ((mask >> nibble) & 1) tables[entry] = (tables[entry] as number) | (1 << bucketIndex);
      }
    });
  });
  layout.write(TABLES, tables);
}
