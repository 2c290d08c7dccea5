import { performance } from 'node:perf_hooks';
import { Client, type Dispatcher } from 'undici';
import type { EngineRunOptions } from '../engine';
import { emptyMeasurements, type Measurements, type Outcome, recordRequest } from '../metrics';
import type { RequestSpec } from '../scenario';
import { seededRandom } from '../../runtime/seeded-random';
import { type LoadShape, loadShape, shareOf } from '../schedule';

/** `share` is this generator's part of the load: a shard, or a worker thread of one. */
export type GeneratorOptions = Pick<EngineRunOptions, 'scenario' | 'share' | 'signal' | 'onSnapshot'>;

/** How long requests still in flight at the end may take to finish. */
const MAX_DRAIN_MS = 30_000;
/** undici checks timeouts on a coarse timer: a request may outlive its timeout by up to a second. */
const TIMER_SLACK_MS = 1_000;
/** Arrivals an arrival-rate run holds back while every slot is busy, per slot, before dropping them. */
const QUEUE_PER_SLOT = 10;
const TICK_MS = 1;
const VU_CHECK_MS = 100;

interface PreparedRequest {
  spec: RequestSpec;
  options: Dispatcher.DispatchOptions;
  cumulativeWeight: number;
}

/**
 * Sends the scenario's requests with undici (HTTP/1.1, keep-alive) and measures them. Arrival-rate
 * executors send on a timetable and measure each request from the time it was due, so that a
 * stalled server shows in the latency instead of silently slowing the load (coordinated omission).
 */
export async function generateLoad(options: GeneratorOptions): Promise<Measurements> {
  const { scenario, share } = options;
  const shape = loadShape(scenario, share);
  const random = seededRandom(share.index + 1);
  const slots = Math.max(1, shape.kind === 'vus' ? shape.peak : shareOf(scenario.vus, share));
  const target = new URL(scenario.target);
  // A client (one keep-alive connection) per request slot, taken from the idle ones: a pool would
  // search its connections for a free one on every request.
  const clients = Array.from(
    { length: slots },
    () =>
      new Client(target.origin, {
        pipelining: 1,
        headersTimeout: scenario.timeoutMs,
        bodyTimeout: scenario.timeoutMs,
        connect: { timeout: scenario.timeoutMs },
      }),
  );
  const idle = [...clients];
  const requests = prepare(scenario.requests, target);
  const measurements = emptyMeasurements();
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  let inFlight = 0;
  let stopped = options.signal?.aborted ?? false;
  let cutOff = false;
  let drained: () => void = () => undefined;

  const send = (request: PreparedRequest, dueMs: number, onDone: () => void) => {
    inFlight++;
    const client = idle.pop() as Client;
    let status = 0;
    const finish = (kind: Outcome) => {
      inFlight--;
      idle.push(client);
      const now = elapsed();
      recordRequest(measurements, {
        kind,
        latencyMs: now - dueMs,
        second: Math.floor(now / 1000),
        checked: request.spec.expectStatus !== undefined,
      });
      onDone();
      if (stopped && inFlight === 0) drained();
    };
    client.dispatch(request.options, {
      onConnect() {},
      onHeaders(code: number) {
        status = code;
        return true;
      },
      onData() {
        return true;
      },
      onComplete() {
        finish(isExpected(request.spec, status) ? 'ok' : 'unexpected-status');
      },
      onError(error: Error) {
        finish(isTimeout(error) || cutOff ? 'timeout' : 'connection-error');
      },
    } as unknown as Dispatcher.DispatchHandler);
  };
  const pick = () => pickRequest(requests, random());

  const running =
    shape.kind === 'arrival-rate'
      ? runArrivals(
          shape,
          slots,
          { send, pick, elapsed, isStopped: () => stopped, inFlight: () => inFlight },
          measurements,
        )
      : runVirtualUsers(shape, { send, pick, elapsed, isStopped: () => stopped });
  const snapshots = setInterval(() => options.onSnapshot?.(measurements, elapsed()), 1000);
  const stop = () => {
    stopped = true;
  };
  const aborted = new Promise<void>((resolve) => {
    if (options.signal?.aborted) resolve();
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
  }).then(stop);
  try {
    await Promise.race([running, aborted]);
    stop();
    measurements.durationMs = Math.min(elapsed(), shape.durationMs);
    if (inFlight > 0) {
      await new Promise<void>((resolve) => {
        drained = resolve;
        setTimeout(resolve, Math.min(scenario.timeoutMs + TIMER_SLACK_MS, MAX_DRAIN_MS)).unref();
      });
    }
  } finally {
    clearInterval(snapshots);
    // Whatever is still in flight has outlived its timeout (or the longest drain): it ends as a timeout.
    cutOff = true;
    await Promise.all(clients.map((client) => client.destroy()));
  }
  options.onSnapshot?.(measurements, elapsed());
  return measurements;
}

interface Sender {
  send(request: PreparedRequest, dueMs: number, onDone: () => void): void;
  pick(): PreparedRequest;
  elapsed(): number;
  isStopped(): boolean;
}

/** The timetable: each arrival is due at its time; while every slot is busy it waits (and its wait counts). */
function runArrivals(
  shape: LoadShape,
  slots: number,
  sender: Sender & { inFlight(): number },
  measurements: Measurements,
): Promise<void> {
  const waiting = new Float64Array(slots * QUEUE_PER_SLOT);
  let head = 0;
  let size = 0;
  let next = 0;
  const release = () => {
    if (size === 0 || sender.isStopped()) return;
    const due = waiting[head] as number;
    head = (head + 1) % waiting.length;
    size--;
    sender.send(sender.pick(), due, release);
  };
  return new Promise((resolve) => {
    const tick = () => {
      const now = sender.elapsed();
      if (sender.isStopped() || now >= shape.durationMs) {
        resolve();
        return;
      }
      while (next <= now) {
        if (sender.inFlight() < slots) sender.send(sender.pick(), next, release);
        else if (size < waiting.length) {
          waiting[(head + size) % waiting.length] = next;
          size++;
        } else measurements.dropped++;
        const rate = shape.at(next);
        next += rate > 0 ? 1000 / rate : TICK_MS;
      }
      wakeBefore(next - sender.elapsed(), tick);
    };
    tick();
  });
}

/**
 * Node's timers fire a millisecond late or so, and the lateness would count as latency: sleep until
 * about a millisecond before the next arrival is due, then poll (I/O still runs between polls).
 */
function wakeBefore(waitMs: number, tick: () => void): void {
  if (waitMs >= 2) setTimeout(tick, Math.floor(waitMs) - 1);
  else setImmediate(tick);
}

/** Closed loops: each virtual user sends its next request when the last one is done. */
function runVirtualUsers(shape: LoadShape, sender: Sender): Promise<void> {
  let active = 0;
  const wanted = () => shape.at(sender.elapsed());
  const loop = (id: number) => {
    if (sender.isStopped() || id >= wanted()) {
      active--;
      return;
    }
    sender.send(sender.pick(), sender.elapsed(), () => loop(id));
  };
  return new Promise((resolve) => {
    const adjust = () => {
      if (sender.isStopped() || sender.elapsed() >= shape.durationMs) {
        resolve();
        return;
      }
      for (const target = wanted(); active < target; active++) loop(active);
      setTimeout(adjust, VU_CHECK_MS);
    };
    adjust();
  });
}

function prepare(specs: RequestSpec[], target: URL): PreparedRequest[] {
  const basePath = target.pathname.replace(/\/$/, '');
  let cumulativeWeight = 0;
  return specs.map((spec) => {
    cumulativeWeight += spec.weight;
    return {
      spec,
      cumulativeWeight,
      options: {
        origin: target.origin,
        path: `${basePath}${spec.path}`,
        method: spec.method as Dispatcher.HttpMethod,
        headers: Object.keys(spec.headers).length > 0 ? spec.headers : undefined,
        body: spec.body,
      },
    };
  });
}

function pickRequest(requests: PreparedRequest[], draw: number): PreparedRequest {
  const total = (requests.at(-1) as PreparedRequest).cumulativeWeight;
  const point = draw * total;
  return requests.find((request) => point < request.cumulativeWeight) ?? (requests.at(-1) as PreparedRequest);
}

function isExpected(spec: RequestSpec, status: number): boolean {
  return spec.expectStatus ? spec.expectStatus.includes(status) : status >= 200 && status < 400;
}

function isTimeout(error: Error): boolean {
  const code = (error as { code?: string }).code ?? '';
  return ['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT'].includes(code);
}
