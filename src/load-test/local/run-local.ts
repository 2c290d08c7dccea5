import { availableParallelism } from 'node:os';
import type { EngineRun, EngineRunOptions } from '../engine';
import { generateLoad } from './generator';
import { generateLoadOnThreads } from './threads';

export interface LocalEngineOptions {
  /** The worker bundle; without it the load is generated on the main thread. */
  workerScript?: string;
  /** Worker threads (default: one per core); 1 generates on the main thread. */
  threads?: number;
}

/** The local engine: undici on worker threads, one per core, or on this thread. */
export async function runLocal(options: EngineRunOptions & LocalEngineOptions): Promise<EngineRun> {
  const threads = Math.max(1, options.threads ?? availableParallelism());
  const measurements =
    options.workerScript && threads > 1
      ? await generateLoadOnThreads(options, options.workerScript, threads)
      : await generateLoad(options);
  return { measurements };
}
