import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { EngineRunOptions } from '../engine';
import {
  deserialize,
  emptyMeasurements,
  type Measurements,
  mergeInto,
  type SerializedMeasurements,
  serialize,
} from '../metrics';
import type { Scenario } from '../scenario';
import type { Share } from '../schedule';
import { generateLoad } from './generator';

/**
 * The local engine on every core: each worker thread runs a generator for its part of the share and
 * sends its measurements every second; the main thread merges them (exactly: histograms are added).
 * A worker runs the small worker bundle (dist/load-test-worker, entry worker-main.ts).
 */
interface WorkerSetup {
  rampartLoadTestWorker: true;
  scenario: Scenario;
  share: Share;
}

type ToWorker = { stop: true };
type FromWorker = { snapshot: SerializedMeasurements; elapsedMs: number } | { done: SerializedMeasurements };

/**
 * Worker `thread` of `threads` inside `share`: the threads of every shard interleave, so that the
 * parts of all of them add up to the whole load exactly as the shards' parts do.
 */
export function threadShare(share: Share, thread: number, threads: number): Share {
  return { index: share.index + thread * share.count, count: share.count * threads };
}

export async function generateLoadOnThreads(
  options: Pick<EngineRunOptions, 'scenario' | 'share' | 'signal' | 'onSnapshot'>,
  script: string,
  threads: number,
): Promise<Measurements> {
  const latest: Measurements[] = [];
  const merged = () => {
    const total = emptyMeasurements();
    for (const part of latest) mergeInto(total, part);
    total.durationMs = Math.max(0, ...latest.map((part) => part.durationMs));
    return total;
  };
  const runs = Array.from({ length: threads }, (_, thread) =>
    runWorker(script, { ...options, share: threadShare(options.share, thread, threads) }, (snapshot, ms) => {
      latest[thread] = snapshot;
      if (thread === 0) options.onSnapshot?.(merged(), ms);
    }).then((final) => {
      latest[thread] = final;
    }),
  );
  await Promise.all(runs);
  const total = merged();
  options.onSnapshot?.(total, total.durationMs);
  return total;
}

function runWorker(
  script: string,
  options: Pick<EngineRunOptions, 'scenario' | 'share' | 'signal'>,
  onSnapshot: (snapshot: Measurements, elapsedMs: number) => void,
): Promise<Measurements> {
  const setup: WorkerSetup = {
    rampartLoadTestWorker: true,
    scenario: options.scenario,
    share: options.share,
  };
  const worker = new Worker(script, { workerData: setup });
  const stop = () => worker.postMessage({ stop: true } satisfies ToWorker);
  options.signal?.addEventListener('abort', stop, { once: true });
  return new Promise<Measurements>((resolve, reject) => {
    let final: Measurements | undefined;
    worker.on('message', (message: FromWorker) => {
      if ('done' in message) final = deserialize(message.done);
      else onSnapshot(deserialize(message.snapshot), message.elapsedMs);
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      final && code === 0
        ? resolve(final)
        : reject(new Error(`a load-test worker thread exited with code ${code} before it finished`)),
    );
  }).finally(() => options.signal?.removeEventListener('abort', stop));
}

/** In a worker started by generateLoadOnThreads: generate this thread's load, and say so (true). */
export function runLoadTestWorker(): boolean {
  const setup = workerData as WorkerSetup | undefined;
  if (isMainThread || !parentPort || !setup?.rampartLoadTestWorker) return false;
  const port = parentPort;
  const controller = new AbortController();
  port.on('message', (message: ToWorker) => {
    if (message.stop) controller.abort();
  });
  void generateLoad({
    scenario: setup.scenario,
    share: setup.share,
    signal: controller.signal,
    // The timeline only grows: it goes with the final measurements, not with every snapshot.
    onSnapshot: (measurements, elapsedMs) =>
      port.postMessage({
        snapshot: serialize({ ...measurements, timeline: [] }),
        elapsedMs,
      } satisfies FromWorker),
  }).then((measurements) => {
    port.postMessage({ done: serialize(measurements) } satisfies FromWorker);
    port.close();
  });
  return true;
}
