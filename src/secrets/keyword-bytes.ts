/**
 * The keyword pass over a file's raw bytes, before any decoding: one loop that keeps a hash of the
 * last three bytes (ASCII letters folded to lower case) and looks it up in a table of the keywords'
 * first three characters; only where the table says so are the keywords of that bucket compared in
 * full. It reports what the engine's case-insensitive keyword regex reports on the decoded text:
 * at each position, the longest keyword that starts there. Linear: each byte costs one lookup, and
 * a candidate at most the length of the bucket's keywords.
 */

/** The hash keeps the three last bytes, 5 bits apart, in 15 bits. */
const HASH_BITS = 15;
const HASH_MASK = (1 << HASH_BITS) - 1;
/** `| 32` folds A–Z to a–z (and leaves digits and most punctuation as they are). */
const FOLD = 0x20;
const PREFIX = 3;

/** Printable ASCII: the bytes of such a keyword are the same in every encoding the engine reads. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/** Positions and keywords found in one pass; the arrays grow as needed and are reused. */
export interface ByteHits {
  count: number;
  positions: Int32Array;
  keywords: Uint16Array;
}

function hashOf(text: string): number {
  let hash = 0;
  for (let index = 0; index < PREFIX; index++)
    hash = ((hash << 5) ^ (text.charCodeAt(index) | FOLD)) & HASH_MASK;
  return hash;
}

export class KeywordBytes {
  /** For each hash, 1 + the index of its bucket in `buckets`, or 0. */
  private readonly table = new Uint16Array(1 << HASH_BITS);
  /** Keyword indexes, longest first. */
  private readonly buckets: number[][] = [];
  /** The keywords' bytes, and for each byte whether it is a letter (compared without case). */
  private readonly bytes: Uint8Array[];
  private readonly letters: Uint8Array[];
  private readonly hits: ByteHits = {
    count: 0,
    positions: new Int32Array(1024),
    keywords: new Uint16Array(1024),
  };

  /** Undefined when a keyword is shorter than three characters or not printable ASCII: such keywords are searched in the decoded text. */
  static of(keywords: readonly string[]): KeywordBytes | undefined {
    const usable =
      keywords.length > 0 &&
      keywords.every((keyword) => keyword.length >= PREFIX && PRINTABLE_ASCII.test(keyword));
    return usable ? new KeywordBytes(keywords) : undefined;
  }

  /** `keywords`: lower case. */
  private constructor(readonly keywords: readonly string[]) {
    this.bytes = keywords.map((keyword) => Buffer.from(keyword, 'latin1'));
    this.letters = this.bytes.map((bytes) => bytes.map((byte) => (byte >= 0x61 && byte <= 0x7a ? 1 : 0)));
    const order = keywords.map((_, index) => index).sort((a, b) => keywords[b]!.length - keywords[a]!.length);
    for (const index of order) {
      const hash = hashOf(keywords[index] as string);
      if (this.table[hash] === 0) this.table[hash] = this.buckets.push([]);
      this.buckets[(this.table[hash] as number) - 1]!.push(index);
    }
  }

  /** Every keyword position in `bytes`, in order; the result is overwritten by the next call. */
  find(bytes: Uint8Array): ByteHits {
    const { table } = this;
    this.hits.count = 0;
    const length = bytes.length;
    if (length < PREFIX) return this.hits;
    let hash = (((bytes[0] as number) | FOLD) << 5) ^ ((bytes[1] as number) | FOLD);
    for (let index = PREFIX - 1; index < length; index++) {
      hash = ((hash << 5) ^ ((bytes[index] as number) | FOLD)) & HASH_MASK;
      const bucket = table[hash] as number;
      if (bucket !== 0) this.verify(bucket - 1, bytes, index - PREFIX + 1);
    }
    return this.hits;
  }

  private verify(bucket: number, bytes: Uint8Array, start: number): void {
    for (const keyword of this.buckets[bucket] as number[]) {
      if (this.matchesAt(keyword, bytes, start)) {
        this.push(start, keyword);
        return;
      }
    }
  }

  private matchesAt(keyword: number, bytes: Uint8Array, start: number): boolean {
    const expected = this.bytes[keyword] as Uint8Array;
    const letters = this.letters[keyword] as Uint8Array;
    if (start + expected.length > bytes.length) return false;
    for (let offset = 0; offset < expected.length; offset++) {
      const byte = bytes[start + offset] as number;
      const actual = letters[offset] === 1 ? byte | FOLD : byte;
      if (actual !== expected[offset]) return false;
    }
    return true;
  }

  private push(position: number, keyword: number): void {
    const { hits } = this;
    if (hits.count === hits.positions.length) {
      const positions = new Int32Array(hits.count * 2);
      const keywords = new Uint16Array(hits.count * 2);
      positions.set(hits.positions);
      keywords.set(hits.keywords);
      hits.positions = positions;
      hits.keywords = keywords;
    }
    hits.positions[hits.count] = position;
    hits.keywords[hits.count] = keyword;
    hits.count++;
  }
}
