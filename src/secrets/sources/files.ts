import { isAscii } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';
import type { ScanDocument } from '../engine';
import type { LineOrigin } from '../types';

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
/** Bytes read to decide whether a file is binary: git's rule, a NUL byte in the first 8000. */
const BINARY_PROBE_BYTES = 8000;
/** FileReader's first buffer: larger than most source files. */
const READ_BUFFER_BYTES = 1 << 20;

/**
 * Reads whole files synchronously into one buffer that it reuses (and grows as needed): for a
 * worker thread that does nothing else, this saves the promises, the thread-pool hops and an
 * allocation per file. What `read` returns is valid until the next call.
 */
export class FileReader {
  private buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);

  read(path: string): Buffer {
    const descriptor = openSync(path, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) this.grow();
        const wanted = this.buffer.length - length;
        const read = readSync(descriptor, this.buffer, length, wanted, null);
        length += read;
        // A regular file (all the scanner lists) comes back short only at its end: no read more to see 0.
        if (read < wanted) return this.buffer.subarray(0, length);
      }
    } finally {
      closeSync(descriptor);
    }
  }

  private grow(): void {
    const larger = Buffer.allocUnsafe(this.buffer.length * 2);
    this.buffer.copy(larger);
    this.buffer = larger;
  }
}

/** A file read as bytes: the scanner finds keywords in them, and decodes text and lines only if it needs them. */
export function bytesDocument(path: string, bytes: Buffer): ScanDocument {
  return new BytesDocument(path, bytes);
}

/** A class, not a literal with getters and closures: the scanner makes one per file. */
class BytesDocument implements ScanDocument {
  private decoded?: string;
  private allAscii?: boolean;
  /** Where each line starts, found when a line is first asked for. */
  private starts?: number[];

  constructor(
    private readonly path: string,
    readonly bytes: Buffer,
  ) {}

  get text(): string {
    this.decoded ??= this.bytes.toString('utf8');
    return this.decoded;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }

  get ascii(): boolean {
    this.allAscii ??= isAscii(this.bytes);
    return this.allAscii;
  }

  /** Decoding only if the bytes are not ASCII. */
  get characterCount(): number {
    return this.ascii ? this.bytes.length : this.text.length;
  }

  line(index: number): string {
    const starts = this.lineStarts();
    const start = starts[index];
    if (start === undefined) return '';
    const next = starts[index + 1];
    const end = next === undefined ? this.bytes.length : next - 1;
    // A line break is \n or \r\n, as in splitting the text at /\r?\n/.
    const crlf = next !== undefined && this.bytes[end - 1] === CARRIAGE_RETURN;
    return this.bytes.toString('utf8', start, crlf ? end - 1 : end);
  }

  originOf(index: number): LineOrigin {
    return { path: this.path, line: index + 1 };
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const { bytes } = this;
      this.starts = [0];
      for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1))
        this.starts.push(at + 1);
    }
    return this.starts;
  }
}

/** A file's lines are split only if the scanner asks for them. */
export function fileDocument(path: string, text: string): ScanDocument {
  let lines: string[] | undefined;
  const split = () => (lines ??= text.split(/\r?\n/));
  return {
    text,
    characterCount: text.length,
    get lineCount() {
      return split().length;
    },
    line: (index) => split()[index] ?? '',
    originOf: (index) => ({ path, line: index + 1 }),
  };
}

/** git's rule: a NUL byte among the first 8000. */
export function isBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}
