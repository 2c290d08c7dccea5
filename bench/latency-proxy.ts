/** A proxy that adds a fixed latency to every call, in its own process so its CPU is not billed to Rampart. */
import { startFaultProxy } from '../test/support/fault-proxy';

const [upstream, latencyMs] = process.argv.slice(2);
if (!upstream || !latencyMs) {
  process.stderr.write('usage: latency-proxy UPSTREAM_URL LATENCY_MS\n');
  process.exit(2);
}
startFaultProxy(upstream, {
  throttle: 0,
  serverError: 0,
  dropConnection: 0,
  latencyMs: Number(latencyMs),
}).then((proxy) => {
  process.stdout.write(`${proxy.endpoint}\n`);
});
