import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { SecretScanner } from './engine';
import { bytesDocument, FileReader, isBinary } from './sources/files';
import type { RawFinding, SecretRule } from './types';

/**
 * Scanning a large folder on every core: the main thread and worker threads, each with its own
 * scanner, take batches of files until none are left. A worker runs the small worker bundle
 * (dist/secrets-worker, entry worker-main.ts), which only holds the engine and starts fast.
 */
export interface ParallelScan {
  /** The worker bundle. */
  script: string;
  workers?: number;
}

export interface FilesScanned {
  raw: RawFinding[];
  binaryFiles: string[];
  files: number;
  characters: number;
}

interface WorkerSetup {
  rampartSecretScanWorker: true;
  root: string;
  rules: SecretRule[];
}

type ToWorker = { files: string[] } | { done: true };
type FromWorker = { ready: true } | { scanned: FilesScanned };

/** Files a worker takes at once: large enough to keep messages rare, small enough to share the tail. */
const BATCH = 64;

export function workerCount(requested?: number): number {
  return Math.max(1, requested ?? availableParallelism());
}

/**
 * This thread and worker threads scanning one folder. The workers start (load their bundle, build
 * their scanner) as soon as the pool is made, while this thread is still listing the folder; `scan`
 * hands out the files, batch by batch, to them and to this thread.
 */
export class ScanPool {
  private readonly total: FilesScanned = { raw: [], binaryFiles: [], files: 0, characters: 0 };
  private paths?: string[];
  private next = 0;
  private readonly readyToSend: (() => void)[] = [];
  private readonly done: Promise<void>[];
  private readonly scanner: SecretScanner;

  /** `parallel.workers` threads scan: the main thread, and one worker fewer. */
  constructor(
    private readonly root: string,
    rules: SecretRule[],
    parallel: ParallelScan,
  ) {
    const setup: WorkerSetup = { rampartSecretScanWorker: true, root, rules };
    this.done = Array.from({ length: workerCount(parallel.workers) - 1 }, () =>
      this.run(parallel.script, setup),
    );
    // Built while the workers start and the folder is still being listed.
    this.scanner = new SecretScanner(rules);
  }

  /** Scans the files on the workers and on this thread; the pool is spent afterwards. */
  async scan(paths: string[]): Promise<FilesScanned> {
    this.paths = paths;
    for (const start of this.readyToSend.splice(0)) start();
    await this.scanHere();
    await Promise.all(this.done);
    return this.total;
  }

  /** This thread's share: batch after batch, letting the workers' messages in between. */
  private async scanHere(): Promise<void> {
    const reader = new FileReader();
    for (let files = this.takeBatch(); files.length > 0; files = this.takeBatch()) {
      merge(this.total, scanFiles(this.scanner, reader, this.root, files));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** A worker's life: it takes batches until none are left, then is let go without waiting for its exit. */
  private run(script: string, setup: WorkerSetup): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: setup });
      // Two batches in flight per worker: the next one waits in its queue while the current one is scanned.
      let inFlight = 0;
      const send = () => {
        const files = this.takeBatch();
        if (files.length > 0) {
          inFlight++;
          worker.postMessage({ files } satisfies ToWorker);
        } else if (inFlight === 0) {
          worker.postMessage({ done: true } satisfies ToWorker);
          worker.unref();
          resolve();
        }
      };
      worker.on('message', (message: FromWorker) => {
        if ('scanned' in message) {
          inFlight--;
          merge(this.total, message.scanned);
          send();
        } else {
          const start = () => {
            send();
            send();
          };
          if (this.paths) start();
          else this.readyToSend.push(start);
        }
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a scan worker exited early, with code ${code}`)));
    });
  }

  private takeBatch(): string[] {
    const files = (this.paths ?? []).slice(this.next, this.next + BATCH);
    this.next += files.length;
    return files;
  }
}

function merge(total: FilesScanned, part: FilesScanned): void {
  total.raw.push(...part.raw);
  total.binaryFiles.push(...part.binaryFiles);
  total.files += part.files;
  total.characters += part.characters;
}

/** In a worker started by scanFilesInParallel: serve batches until told to stop, and say so (true). */
export function runSecretScanWorker(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (isMainThread || !parentPort || !setup?.rampartSecretScanWorker) return false;
  const port = parentPort;
  const scanner = new SecretScanner(setup.rules);
  const reader = new FileReader();
  // A worker does nothing but read and scan: synchronous reads cost the least.
  port.on('message', (message: ToWorker) => {
    if ('done' in message) port.close();
    else
      port.postMessage({
        scanned: scanFiles(scanner, reader, setup.root, message.files),
      } satisfies FromWorker);
  });
  port.postMessage({ ready: true } satisfies FromWorker);
  return true;
}

/** Files below `root`, read synchronously (a thread that only scans has nothing to wait for) and scanned in order. */
export function scanFiles(
  scanner: SecretScanner,
  reader: FileReader,
  root: string,
  paths: string[],
): FilesScanned {
  const scanned: FilesScanned = { raw: [], binaryFiles: [], files: 0, characters: 0 };
  for (const path of paths) {
    const content = reader.read(join(root, path));
    if (isBinary(content)) {
      scanned.binaryFiles.push(path);
      continue;
    }
    const document = bytesDocument(path, content);
    scanned.files++;
    scanned.characters += document.characterCount;
    scanned.raw.push(...scanner.scan(document));
  }
  return scanned;
}
